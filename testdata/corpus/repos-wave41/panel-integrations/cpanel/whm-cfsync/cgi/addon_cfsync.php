<?php
#WHMADDON:cfsync:Cloudflare DNS Sync:cfsync.png
#ACLS:all

// WHM addon entry point: lists accounts, shows sync status and lets root trigger a sync.
// Installed to /usr/local/cpanel/whostmgr/docroot/cgi/addon_cfsync.php

$cfg = parse_ini_file(__DIR__ . '/cfsync/etc/cfsync.ini', true, INI_SCANNER_TYPED);
$whmToken = trim(file_get_contents($cfg['whm']['token_file']));

function whm_api(array $cfg, string $token, string $fn, array $args = []): array
{
    $args['api.version'] = 1;
    $url = sprintf('https://%s:%d/json-api/%s?%s', $cfg['whm']['host'], $cfg['whm']['port'], $fn, http_build_query($args));
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: whm ' . $cfg['whm']['user'] . ':' . $token]);
    // local WHM only, see [whm] verify_ssl in cfsync.ini
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, (bool) $cfg['whm']['verify_ssl']);
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, $cfg['whm']['verify_ssl'] ? 2 : 0);
    $body = curl_exec($ch);
    curl_close($ch);
    return json_decode((string) $body, true) ?: [];
}

function cf_api(array $cfg, string $method, string $path, ?array $payload = null): array
{
    $ch = curl_init('https://api.cloudflare.com/client/v4' . $path);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($ch, CURLOPT_CUSTOMREQUEST, $method);
    curl_setopt($ch, CURLOPT_TIMEOUT, 20);
    curl_setopt($ch, CURLOPT_HTTPHEADER, [
        'X-Auth-Email: ' . $cfg['cloudflare']['email'],
        'X-Auth-Key: ' . $cfg['cloudflare']['api_key'],
        'Content-Type: application/json',
    ]);
    if ($payload !== null) {
        curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($payload));
    }
    $body = curl_exec($ch);
    curl_close($ch);
    return json_decode((string) $body, true) ?: ['success' => false];
}

$accounts = whm_api($cfg, $whmToken, 'listaccts', ['want' => 'user,domain,suspended']);
$zones = cf_api($cfg, 'GET', '/zones?per_page=500&account.id=' . urlencode($cfg['cloudflare']['account_id']));
$zoneNames = array_column($zones['result'] ?? [], 'id', 'name');

if (($_POST['action'] ?? '') === 'sync' && isset($_POST['domain'])) {
    $domain = $_POST['domain'];
    $records = whm_api($cfg, $whmToken, 'parse_dns_zone', ['zone' => $domain]);
    // ... record mapping lives in lib/Mapper.php (omitted here)
    $status = isset($zoneNames[$domain]) ? 'queued' : 'no zone';
    file_put_contents($cfg['sync']['log_file'], date('c') . " manual sync $domain: $status\n", FILE_APPEND);
}

header('Content-Type: text/html; charset=utf-8');
echo "<h1>Cloudflare DNS Sync</h1><table><tr><th>User</th><th>Domain</th><th>Cloudflare zone</th></tr>";
foreach ($accounts['data']['acct'] ?? [] as $acct) {
    $d = htmlspecialchars($acct['domain']);
    $zone = isset($zoneNames[$acct['domain']]) ? 'yes' : '-';
    printf('<tr><td>%s</td><td>%s</td><td>%s</td></tr>', htmlspecialchars($acct['user']), $d, $zone);
}
echo '</table>';
