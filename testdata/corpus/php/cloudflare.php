<?php
// Purge a URL from Cloudflare when a post is updated.

define('CF_EMAIL', 'web@example.org');
define('CF_API_KEY', '{{hex37}}');
define('CF_ZONE', '{{hex32}}');

function cf_purge_url(string $url): bool
{
    $ch = curl_init('https://api.cloudflare.com/client/v4/zones/' . CF_ZONE . '/purge_cache');
    curl_setopt($ch, CURLOPT_CUSTOMREQUEST, 'POST');
    curl_setopt($ch, CURLOPT_HTTPHEADER, [
        'X-Auth-Email: ' . CF_EMAIL,
        'X-Auth-Key: ' . CF_API_KEY,
        'Content-Type: application/json',
    ]);
    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['files' => [$url]]));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
    $res = json_decode(curl_exec($ch), true);
    curl_close($ch);
    return !empty($res['success']);
}
