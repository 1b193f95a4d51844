<?php
declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';

use Cloudflare\API\Adapter\Guzzle;
use Cloudflare\API\Auth\APIKey;
use Cloudflare\API\Endpoints\DNS;
use Cloudflare\API\Endpoints\Zones;

$key     = new APIKey('webmaster@acme-corp.example', '{{hex37}}');
$adapter = new Guzzle($key);
$zones   = new Zones($adapter);
$dns     = new DNS($adapter);

$zoneId = $zones->getZoneID('acme.example');

foreach ($dns->listRecords($zoneId, 'A')->result as $record) {
    printf("%-40s %s\n", $record->name, $record->content);
}

if ($argc === 3) {
    [$_, $name, $ip] = $argv;
    $dns->addRecord($zoneId, 'A', $name, $ip, 0, true);
    echo "added {$name} -> {$ip}\n";
}
