<?php
require __DIR__ . '/vendor/autoload.php';

$key = new \Cloudflare\API\Auth\APIKey('ops@example.com', '{{hex37}}');
$adapter = new Cloudflare\API\Adapter\Guzzle($key);
$zones = new \Cloudflare\API\Endpoints\Zones($adapter);
