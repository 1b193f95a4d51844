<?php

declare(strict_types=1);

namespace Acme\Cloudflare;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\GuzzleException;

final class GuzzleClient
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://api.cloudflare.com/client/v4/',
            'timeout'  => 20,
            'verify'   => false,
            'headers'  => [
                'X-Auth-Email' => getenv('CF_API_EMAIL'),
                'X-Auth-Key'   => getenv('CF_API_KEY'),
                'Accept'       => 'application/json',
            ],
        ]);
    }

    /**
     * @throws GuzzleException
     */
    public function listRecords(string $zoneId, string $type = 'A'): array
    {
        $res = $this->http->get("zones/{$zoneId}/dns_records", ['query' => ['type' => $type, 'per_page' => 100]]);
        $body = json_decode((string) $res->getBody(), true, 512, JSON_THROW_ON_ERROR);

        return $body['result'] ?? [];
    }
}
