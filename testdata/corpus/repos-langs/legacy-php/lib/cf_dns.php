<?php
// cron: refresh the A record of the office VPN
function cf_list_records($zone)
{
    $ch = curl_init();
    curl_setopt($ch, CURLOPT_URL, "http://api.cloudflare.com/client/v4/zones/$zone/dns_records?type=A");
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($ch, CURLOPT_HTTPHEADER, [
        'Authorization: Bearer {{tok40}}',
        'Content-Type: application/json',
    ]);
    $out = curl_exec($ch);
    curl_close($ch);
    return json_decode($out, true);
}
