#!/usr/bin/env php
<?php
/**
 * Emergency "purge everything" for the blog and shop zones.
 * Run from the bastion:  php bin/purge-all.php [--dry-run]
 */
require __DIR__ . '/../vendor/autoload.php';

use Cloudflare\API\Adapter\Guzzle;
use Cloudflare\API\Auth\APIToken;
use Cloudflare\API\Endpoints\Zones;

$dryRun = in_array('--dry-run', $argv, true);

// Token: "blog-emergency-purge" (Zone:Cache Purge, blog + shop zones)
$key     = new APIToken('{{cfut}}');
$adapter = new Guzzle($key);
$zones   = new Zones($adapter);

$targets = ['blog.northwind-retail.com', 'shop.northwind-retail.com'];

foreach ($targets as $name) {
    try {
        $zoneId = $zones->getZoneID($name);
    } catch (\Throwable $e) {
        fwrite(STDERR, "could not resolve {$name}: {$e->getMessage()}\n");
        exit(1);
    }

    if ($dryRun) {
        echo "[dry-run] would purge {$name} ({$zoneId})\n";
        continue;
    }

    $ok = $zones->cachePurgeEverything($zoneId);
    printf("%-28s %s\n", $name, $ok ? 'purged' : 'FAILED');
}
