<?php
$headers = [];
$headers['X-Auth-Email'] = 'ops@example.com';
$headers['X-Auth-Key'] = '{{hex37}}';
$ch = curl_init('https://api.cloudflare.com/client/v4/zones');
