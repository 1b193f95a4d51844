#!/usr/bin/php -d open_basedir=/usr/syno/bin/ddns
<?php
// Synology DSM custom DDNS module for Cloudflare (legacy Global API key mode).
// DSM calls: cloudflare.php <account/email> <password/api key> <hostname> <ip>

if ($argc !== 5) {
    echo 'badparam';
    exit();
}

$account  = (string)$argv[1];
$apiKey   = (string)$argv[2];
$hostname = (string)$argv[3];
$ip       = (string)$argv[4];

$api = 'https://api.cloudflare.com/client/v4';

function cf_call($method, $url, $headers, $body = null) {
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_CUSTOMREQUEST, $method);
    curl_setopt($ch, CURLOPT_HTTPHEADER, $headers);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    if ($body !== null) {
        curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($body));
    }
    $res = curl_exec($ch);
    curl_close($ch);
    return json_decode($res, true);
}

$headers = array('X-Auth-Email: ' . $account, 'X-Auth-Key: ' . $apiKey, 'Content-Type: application/json');

$zoneName = implode('.', array_slice(explode('.', $hostname), -2));
$zones = cf_call('GET', "$api/zones?name=$zoneName", $headers);
if (empty($zones['result'])) {
    echo 'nohost';
    exit();
}
$zoneId = $zones['result'][0]['id'];

$recs = cf_call('GET', "$api/zones/$zoneId/dns_records?type=A&name=$hostname", $headers);
if (empty($recs['result'])) {
    echo 'nohost';
    exit();
}
$rec = $recs['result'][0];
if ($rec['content'] === $ip) {
    echo 'nochg';
    exit();
}

$res = cf_call('PUT', "$api/zones/$zoneId/dns_records/" . $rec['id'], $headers,
    array('type' => 'A', 'name' => $hostname, 'content' => $ip, 'ttl' => 1, 'proxied' => $rec['proxied']));
echo $res['success'] ? 'good' : 'badauth';
