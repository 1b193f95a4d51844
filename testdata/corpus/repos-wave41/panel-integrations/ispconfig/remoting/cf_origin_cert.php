<?php
/*
 * Issue a Cloudflare Origin CA certificate for a website and install it into
 * ISPConfig (sites_web_domain_update), so that "Full (strict)" works behind the proxy.
 *
 *   php cf_origin_cert.php <ispconfig-domain-id> <hostname>
 */

[$script, $domainId, $hostname] = $argv + [null, null, null];
if (!$domainId || !$hostname) {
    exit("usage: php cf_origin_cert.php <domain_id> <hostname>\n");
}

// Origin CA Key (dash > My Profile > API Tokens > Origin CA Key)
const CF_ORIGIN_CA_KEY = '{{origin}}';

$soap_location = 'https://cp1.nordhost.fi:8080/remote/index.php';
$soap_uri      = 'https://cp1.nordhost.fi:8080/remote/';

// 1. key + CSR
$key = openssl_pkey_new(['private_key_type' => OPENSSL_KEYTYPE_EC, 'curve_name' => 'prime256v1']);
$csr = openssl_csr_new(['commonName' => $hostname], $key, ['digest_alg' => 'sha256']);
openssl_csr_export($csr, $csrPem);
openssl_pkey_export($key, $keyPem);

// 2. Origin CA certificate, 15 years
$ch = curl_init('https://api.cloudflare.com/client/v4/certificates');
curl_setopt_array($ch, [
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_POST           => true,
    CURLOPT_HTTPHEADER     => [
        'X-Auth-User-Service-Key: ' . CF_ORIGIN_CA_KEY,
        'Content-Type: application/json',
    ],
    CURLOPT_POSTFIELDS     => json_encode([
        'hostnames'          => [$hostname, '*.' . $hostname],
        'requested_validity' => 5475,
        'request_type'       => 'origin-ecc',
        'csr'                => $csrPem,
    ]),
]);
$res = json_decode((string) curl_exec($ch), true);
curl_close($ch);
if (empty($res['success'])) {
    exit('Origin CA error: ' . ($res['errors'][0]['message'] ?? 'unknown') . "\n");
}
$certPem = $res['result']['certificate'];

// 3. install into ISPConfig (panel cert is self-signed, local network only)
$client = new SoapClient(null, [
    'location'       => $soap_location,
    'uri'            => $soap_uri,
    'exceptions'     => 1,
    'stream_context' => stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]]),
]);

try {
    $session_id = $client->login('cfsync', getenv('ISPC_REMOTE_PASS'));
    $site = $client->sites_web_domain_get($session_id, (int) $domainId);
    $site['ssl']        = 'y';
    $site['ssl_action'] = 'save';
    $site['ssl_cert']   = $certPem;
    $site['ssl_key']    = $keyPem;
    $site['ssl_bundle'] = file_get_contents(__DIR__ . '/origin_ca_ecc_root.pem');
    $client->sites_web_domain_update($session_id, $site['sys_userid'], (int) $domainId, $site);
    $client->logout($session_id);
    echo "installed Origin CA certificate for $hostname on web domain $domainId\n";
} catch (SoapFault $e) {
    fwrite(STDERR, 'SOAP Error: ' . $e->getMessage() . "\n");
    exit(1);
}
