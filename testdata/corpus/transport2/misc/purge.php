<?php
$ch = curl_init("https://api.cloudflare.com/client/v4/zones/" . getenv('CF_ZONE_ID') . "/purge_cache");
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . getenv('CLOUDFLARE_API_TOKEN')]);
curl_setopt($ch, CURLOPT_POSTFIELDS, '{"purge_everything":true}');
$out = curl_exec($ch);
