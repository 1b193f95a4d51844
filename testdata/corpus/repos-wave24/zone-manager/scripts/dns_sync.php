<?php
/**
 * dns_sync.php - mirror the "hosts" table of the legacy CMS into the partner
 * zone.  The partner only gave us the account's Global API Key, so this uses
 * key + email auth.
 *
 *   php scripts/dns_sync.php --zone=<zone-id>
 */
declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

use GuzzleHttp\Client;
use GuzzleHttp\Exception\RequestException;

$opts = getopt('', ['zone:', 'dry-run']);
$zoneId = $opts['zone'] ?? exit("usage: dns_sync.php --zone=<zone-id> [--dry-run]\n");
$dryRun = isset($opts['dry-run']);

$cf = new Client([
    'base_uri' => 'https://api.cloudflare.com/client/v4/',
    'timeout'  => 20,
    // legacy CMS host: PHP's openssl.cafile points at a bundle from 2019
    'verify'   => false,
    'headers'  => [
        'X-Auth-Email' => getenv('CF_API_EMAIL'),
        'X-Auth-Key'   => getenv('CF_API_KEY'),
        'Content-Type' => 'application/json',
    ],
]);

$pdo = new PDO(getenv('CMS_DSN'), getenv('CMS_DB_USER'), getenv('CMS_DB_PASS'));
$hosts = $pdo->query('SELECT hostname, ipv4 FROM hosts WHERE published = 1')->fetchAll(PDO::FETCH_ASSOC);

$existing = [];
$resp = json_decode((string) $cf->get("zones/$zoneId/dns_records", ['query' => ['type' => 'A', 'per_page' => 5000]])->getBody(), true);
foreach ($resp['result'] as $rec) {
    $existing[$rec['name']] = $rec;
}

foreach ($hosts as $h) {
    $name = $h['hostname'];
    $body = ['type' => 'A', 'name' => $name, 'content' => $h['ipv4'], 'ttl' => 300, 'proxied' => true];
    try {
        if (!isset($existing[$name])) {
            echo "+ $name {$h['ipv4']}\n";
            $dryRun || $cf->post("zones/$zoneId/dns_records", ['json' => $body]);
        } elseif ($existing[$name]['content'] !== $h['ipv4']) {
            echo "~ $name {$existing[$name]['content']} -> {$h['ipv4']}\n";
            $dryRun || $cf->put("zones/$zoneId/dns_records/{$existing[$name]['id']}", ['json' => $body]);
        }
    } catch (RequestException $e) {
        fwrite(STDERR, "error on $name: " . $e->getMessage() . "\n");
    }
}
