<?php

return [
    'cloudflare' => [
        'token' => env('CLOUDFLARE_TOKEN', '{{tok40}}'),
        'zone' => env('CLOUDFLARE_ZONE_ID'),
        'email' => env('CLOUDFLARE_EMAIL'),
        'key' => env('CLOUDFLARE_KEY', '{{hex37}}'),
    ],
    'mailgun' => [
        'secret' => env('MAILGUN_SECRET'),
    ],
];
