<?php
/*
 * ISPConfig 3.2 remoting client: copy the A/CNAME/MX/TXT records of an ISPConfig
 * DNS zone to the Cloudflare zone with the same name.
 *
 *   CF_API_TOKEN=... ISPC_REMOTE_PASS=... php cf_dns_sync.php nordhost.fi
 */

$zoneName = $argv[1] ?? exit("usage: php cf_dns_sync.php <zone>\n");

$soap_location = 'https://cp1.nordhost.fi:8080/remote/index.php';
$soap_uri      = 'https://cp1.nordhost.fi:8080/remote/';
$remote_user   = 'cfsync';
$remote_pass   = getenv('ISPC_REMOTE_PASS');

$cfToken = getenv('CF_API_TOKEN');
if (!$cfToken) {
    fwrite(STDERR, "CF_API_TOKEN is not set\n");
    exit(1);
}

// ISPConfig panel on :8080 still has the installer's self-signed certificate
$context = stream_context_create([
    'ssl' => [
        'verify_peer'       => false,
        'verify_peer_name'  => false,
        'allow_self_signed' => true,
    ],
]);

$client = new SoapClient(null, [
    'location'       => $soap_location,
    'uri'            => $soap_uri,
    'trace'          => 1,
    'exceptions'     => 1,
    'stream_context' => $context,
]);

function cf_request(string $token, string $method, string $path, ?array $body = null): array
{
    $ch = curl_init('https://api.cloudflare.com/client/v4' . $path);
    curl_setopt_array($ch, [
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_CUSTOMREQUEST  => $method,
        CURLOPT_HTTPHEADER     => ['Authorization: Bearer ' . $token, 'Content-Type: application/json'],
        CURLOPT_TIMEOUT        => 20,
    ]);
    if ($body !== null) {
        curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($body));
    }
    $res = json_decode((string) curl_exec($ch), true);
    curl_close($ch);
    return $res ?: ['success' => false, 'result' => []];
}

try {
    $session_id = $client->login($remote_user, $remote_pass);
    $zones = $client->dns_zone_get($session_id, ['origin' => $zoneName . '.']);
    if (!$zones) {
        exit("zone $zoneName not found in ISPConfig\n");
    }
    $zone = $zones[0];

    $cfZone = cf_request($cfToken, 'GET', '/zones?name=' . urlencode($zoneName))['result'][0]['id'] ?? null;
    if (!$cfZone) {
        exit("zone $zoneName not found in Cloudflare\n");
    }

    $records = $client->dns_rr_get_all_by_zone($session_id, $zone['id']);
    foreach ($records as $rr) {
        if (!in_array($rr['type'], ['A', 'AAAA', 'CNAME', 'MX', 'TXT'], true) || $rr['active'] !== 'Y') {
            continue;
        }
        $name = rtrim($rr['name'], '.');
        $fqdn = ($name === '' || $name === $zoneName) ? $zoneName : (str_ends_with($name, $zoneName) ? $name : "$name.$zoneName");
        $body = ['type' => $rr['type'], 'name' => $fqdn, 'content' => rtrim($rr['data'], '.'), 'ttl' => (int) $rr['ttl']];
        if ($rr['type'] === 'MX') {
            $body['priority'] = (int) $rr['aux'];
        }
        $res = cf_request($cfToken, 'POST', "/zones/$cfZone/dns_records", $body);
        printf("%-6s %-40s %s\n", $rr['type'], $fqdn, $res['success'] ? 'ok' : ($res['errors'][0]['message'] ?? 'error'));
    }

    $client->logout($session_id);
} catch (SoapFault $e) {
    fwrite(STDERR, 'SOAP Error: ' . $e->getMessage() . "\n");
    exit(1);
}
