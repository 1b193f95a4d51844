<?php

return [

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'turnstile' => [
        'site_key' => env('TURNSTILE_SITE_KEY', '0x4AAAAAAAE5tYu7Io1PaSd3'),
        'secret_key' => env('TURNSTILE_SECRET_KEY', '{{turnstile}}'),
    ],

    'cloudflare' => [
        'account_id' => env('CLOUDFLARE_ACCOUNT_ID'),
        'email' => env('CLOUDFLARE_EMAIL'),
        'api_key' => env('CLOUDFLARE_API_KEY'),
        'stream_token' => env('CLOUDFLARE_STREAM_TOKEN', '{{cfat}}'),
    ],

];
