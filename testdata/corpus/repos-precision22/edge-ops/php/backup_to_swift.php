<?php
/**
 * backup_to_swift.php - upload the nightly zone exports to the on-prem OpenStack
 * Swift cluster (tempauth, v1.0 auth). Called by cron after export-zones.sh.
 *
 *   php backup_to_swift.php /srv/dr/zones/20240611T020000Z
 *
 * Swift's v1 auth takes X-Auth-User / X-Auth-Key and returns X-Auth-Token plus
 * X-Storage-Url. This has nothing to do with Cloudflare's X-Auth-Key header.
 */

declare(strict_types=1);

$authUrl   = getenv('SWIFT_AUTH_URL') ?: 'https://swift.int.northwind.net:8080/auth/v1.0';
$swiftUser = getenv('SWIFT_USER') ?: 'dnsbackup:uploader';
$swiftKey  = getenv('SWIFT_KEY');
$container = getenv('SWIFT_CONTAINER') ?: 'zone-exports';

if ($argc < 2 || !is_dir($argv[1])) {
    fwrite(STDERR, "usage: php backup_to_swift.php <export-dir>\n");
    exit(2);
}
if ($swiftKey === false || $swiftKey === '') {
    fwrite(STDERR, "SWIFT_KEY is not set\n");
    exit(2);
}

/** The Swift proxy uses the internal CA, which PHP's bundle does not know. */
function swift_curl(string $url): \CurlHandle
{
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($ch, CURLOPT_HEADER, true);
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
    curl_setopt($ch, CURLOPT_TIMEOUT, 60);
    return $ch;
}

function header_value(string $raw, string $name): ?string
{
    foreach (explode("\r\n", $raw) as $line) {
        if (stripos($line, $name . ':') === 0) {
            return trim(substr($line, strlen($name) + 1));
        }
    }
    return null;
}

// 1. Authenticate.
$ch = swift_curl($authUrl);
curl_setopt($ch, CURLOPT_HTTPHEADER, [
    'X-Auth-User: ' . $swiftUser,
    'X-Auth-Key: ' . $swiftKey,
]);
$raw = curl_exec($ch);
if ($raw === false || curl_getinfo($ch, CURLINFO_HTTP_CODE) >= 300) {
    fwrite(STDERR, "swift auth failed: " . curl_error($ch) . "\n");
    exit(1);
}
$token      = header_value($raw, 'X-Auth-Token');
$storageUrl = header_value($raw, 'X-Storage-Url');
curl_close($ch);

// 2. Upload every zone file under <stamp>/<provider>/<zone>.zone.
$base   = rtrim($argv[1], '/');
$stamp  = basename($base);
$count  = 0;
$files  = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($base, FilesystemIterator::SKIP_DOTS));
foreach ($files as $file) {
    $object = $stamp . '/' . substr($file->getPathname(), strlen($base) + 1);
    $ch = swift_curl($storageUrl . '/' . $container . '/' . rawurlencode($object));
    curl_setopt($ch, CURLOPT_UPLOAD, true);
    curl_setopt($ch, CURLOPT_INFILE, fopen($file->getPathname(), 'rb'));
    curl_setopt($ch, CURLOPT_INFILESIZE, $file->getSize());
    curl_setopt($ch, CURLOPT_HTTPHEADER, [
        'X-Auth-Token: ' . $token,
        'Content-Type: text/dns',
        'X-Delete-After: ' . (90 * 86400),
    ]);
    curl_exec($ch);
    if (curl_getinfo($ch, CURLINFO_HTTP_CODE) !== 201) {
        fwrite(STDERR, "upload failed for $object\n");
        exit(1);
    }
    curl_close($ch);
    $count++;
}

printf("uploaded %d objects to %s/%s\n", $count, $container, $stamp);
