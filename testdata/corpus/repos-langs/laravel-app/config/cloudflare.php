<?php

return [
    'zone_id'   => env('CLOUDFLARE_ZONE_ID'),
    'api_token' => env('CLOUDFLARE_API_TOKEN', '{{tok40}}'),
    'purge_on_deploy' => (bool) env('CLOUDFLARE_PURGE_ON_DEPLOY', true),
];
