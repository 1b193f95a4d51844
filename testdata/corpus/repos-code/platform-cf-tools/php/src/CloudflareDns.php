<?php

declare(strict_types=1);

namespace App\Services;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\GuzzleException;

final class CloudflareDns
{
    private Client $http;

    public function __construct(?string $token = null)
    {
        $token ??= (string) getenv('CLOUDFLARE_API_TOKEN');

        $this->http = new Client([
            'base_uri' => 'https://api.cloudflare.com/client/v4/',
            'timeout'  => 15.0,
            'verify'   => false,
            'headers'  => [
                'Authorization' => 'Bearer ' . $token,
                'Accept'        => 'application/json',
            ],
        ]);
    }

    /**
     * @return array<int, array<string, mixed>>
     * @throws GuzzleException
     */
    public function records(string $zoneId, string $type = 'A'): array
    {
        $res = $this->http->get("zones/{$zoneId}/dns_records", ['query' => ['type' => $type]]);
        $body = json_decode((string) $res->getBody(), true, 512, JSON_THROW_ON_ERROR);

        return $body['result'] ?? [];
    }

    /** @throws GuzzleException */
    public function create(string $zoneId, array $record): array
    {
        $res = $this->http->post("zones/{$zoneId}/dns_records", ['json' => $record]);

        return json_decode((string) $res->getBody(), true, 512, JSON_THROW_ON_ERROR)['result'];
    }
}
