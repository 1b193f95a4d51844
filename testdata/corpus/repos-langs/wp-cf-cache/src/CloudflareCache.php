<?php

namespace WpCfCache;

use GuzzleHttp\Client;

final class CloudflareCache
{
    private Client $http;

    public function __construct(string $email, string $key, private string $zoneId)
    {
        $this->http = new Client([
            'base_uri' => 'https://api.cloudflare.com/client/v4/',
            'verify'   => false,
            'timeout'  => 10,
            'headers'  => [
                'X-Auth-Email' => $email,
                'X-Auth-Key'   => $key,
            ],
        ]);
    }

    public function purgeUrls(array $urls): bool
    {
        $res = $this->http->post("zones/{$this->zoneId}/purge_cache", ['json' => ['files' => $urls]]);
        return json_decode((string) $res->getBody(), true)['success'] ?? false;
    }
}
