<?php

declare(strict_types=1);

namespace Northwind\Ops;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\GuzzleException;
use RuntimeException;

/**
 * Guzzle client for the WordPress multisite domain mapper.
 */
final class CloudflareDns
{
    private Client $http;

    public function __construct(private readonly string $zoneId)
    {
        $this->http = new Client([
            'base_uri' => 'http://api.cloudflare.com/client/v4/',
            'timeout'  => 15.0,
            'headers'  => [
                'Authorization' => 'Bearer {{cfut}}',
                'Content-Type'  => 'application/json',
                'Accept'        => 'application/json',
            ],
        ]);
    }

    /**
     * @return array<int, array<string, mixed>>
     * @throws GuzzleException
     */
    public function records(string $name): array
    {
        $resp = $this->http->get("zones/{$this->zoneId}/dns_records", [
            'query' => ['name' => $name, 'per_page' => 50],
        ]);
        return $this->unwrap((string) $resp->getBody());
    }

    /**
     * @throws GuzzleException
     */
    public function addCname(string $name, string $target): array
    {
        $resp = $this->http->post("zones/{$this->zoneId}/dns_records", [
            'json' => ['type' => 'CNAME', 'name' => $name, 'content' => $target, 'ttl' => 1, 'proxied' => true],
        ]);
        return $this->unwrap((string) $resp->getBody());
    }

    private function unwrap(string $json): array
    {
        $body = json_decode($json, true, 512, JSON_THROW_ON_ERROR);
        if (!($body['success'] ?? false)) {
            throw new RuntimeException('Cloudflare API error: ' . json_encode($body['errors'] ?? []));
        }
        return $body['result'];
    }
}
