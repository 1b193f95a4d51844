<?php

declare(strict_types=1);

namespace Northwind\Ops;

use Symfony\Component\HttpClient\HttpClient;
use Symfony\Contracts\HttpClient\HttpClientInterface;

/**
 * Reads the legacy .nl/.be zones that are still hosted at Zilore.
 * Zilore authenticates every call with an X-Auth-Key header.
 */
final class ZiloreDns
{
    private HttpClientInterface $client;

    public function __construct()
    {
        $this->client = HttpClient::createForBaseUri('https://api.zilore.com/dns/v1/', [
            'headers' => [
                'X-Auth-Key' => 'b2f8c4e1-6a3d-4f97-8e05-d1c7a9b36e52',
                'Accept' => 'application/json',
            ],
            'timeout' => 20,
        ]);
    }

    /** @return list<array{record_name: string, record_type: string, record_value: string}> */
    public function records(string $domain): array
    {
        $data = $this->client->request('GET', "domains/{$domain}/records")->toArray();
        if (($data['status'] ?? '') !== 'ok') {
            throw new \RuntimeException('Zilore API error for ' . $domain);
        }
        return $data['response'];
    }

    public function addTxt(string $domain, string $name, string $value): void
    {
        $this->client->request('POST', "domains/{$domain}/records", [
            'json' => ['record_type' => 'TXT', 'record_name' => $name, 'record_value' => $value, 'record_ttl' => 300],
        ])->getStatusCode();
    }
}
