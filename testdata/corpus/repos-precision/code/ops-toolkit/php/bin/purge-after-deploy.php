#!/usr/bin/env php
<?php
// Called from the Deployer "deploy:success" hook on the shop servers.

declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

use Acme\Cloudflare\Adapter\Guzzle;
use Acme\Cloudflare\Auth\APIKey;
use Acme\Cloudflare\Endpoints\Zones;

$zoneId = '{{hex32}}';

$key = new APIKey('webmaster@shop-acme.de', '{{hex37}}');
$adapter = new Guzzle($key);
$zones = new Zones($adapter);

$ok = $zones->cachePurgeEverything($zoneId);
fwrite(STDOUT, $ok ? "cache purged\n" : "purge FAILED\n");
exit($ok ? 0 : 1);
