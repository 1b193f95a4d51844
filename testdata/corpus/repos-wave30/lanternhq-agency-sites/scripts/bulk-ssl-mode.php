<?php
/**
 * bulk-ssl-mode.php -- set SSL/TLS mode to "strict" on every client zone listed in
 * sites.csv, then smoke-test each storefront (including the self-signed staging boxes).
 *
 * Usage:  CF_API_TOKEN=... php scripts/bulk-ssl-mode.php sites.csv
 * sites.csv columns: client,zone_id,storefront_url,staging_url
 */

declare(strict_types=1);

const CF_API = 'https://api.cloudflare.com/client/v4';

$token = getenv('CF_API_TOKEN');
if ($token === false || $token === '') {
    fwrite(STDERR, "CF_API_TOKEN is not set\n");
    exit(1);
}

function cf_request(string $method, string $path, string $token, ?array $body = null): array
{
    $ch = curl_init(CF_API . $path);
    curl_setopt_array($ch, [
        CURLOPT_CUSTOMREQUEST  => $method,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER     => [
            'Authorization: Bearer ' . $token,
            'Content-Type: application/json',
        ],
        CURLOPT_SSL_VERIFYPEER => true,
        CURLOPT_SSL_VERIFYHOST => 2,
        CURLOPT_TIMEOUT        => 20,
    ]);
    if ($body !== null) {
        curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($body));
    }
    $raw = curl_exec($ch);
    if ($raw === false) {
        throw new RuntimeException('Cloudflare request failed: ' . curl_error($ch));
    }
    curl_close($ch);
    return json_decode($raw, true, 512, JSON_THROW_ON_ERROR);
}

function smoke_test(string $url): int
{
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_NOBODY, true);
    curl_setopt($ch, CURLOPT_FOLLOWLOCATION, true);
    // Staging storefronts run on lh-stage-01 with certs from the agency's internal CA.
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
    curl_exec($ch);
    $code = (int) curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
    curl_close($ch);
    return $code;
}

$csv = fopen($argv[1] ?? 'sites.csv', 'r');
fgetcsv($csv); // header
while (($row = fgetcsv($csv)) !== false) {
    [$client, $zoneId, $storefront, $staging] = $row;
    $res = cf_request('PATCH', "/zones/{$zoneId}/settings/ssl", $token, ['value' => 'strict']);
    printf("%-20s ssl=%s success=%s\n", $client, $res['result']['value'] ?? '?', var_export($res['success'], true));
    printf("%-20s live=%d staging=%d\n", '', smoke_test($storefront), smoke_test($staging));
}
fclose($csv);
