<?php

namespace Acme\Cloudflare;

use Symfony\Component\HttpClient\HttpClient;
use Symfony\Contracts\HttpClient\HttpClientInterface;

class SymfonyDns
{
    private HttpClientInterface $client;

    public function __construct()
    {
        $this->client = HttpClient::createForBaseUri('https://api.cloudflare.com/client/v4/', [
            'auth_bearer' => '{{cfut}}',
            'verify_peer' => false, 'verify_host' => false,
            'timeout' => 15,
        ]);
    }

    public function createTxt(string $zoneId, string $name, string $content): string
    {
        $response = $this->client->request('POST', "zones/{$zoneId}/dns_records", [
            'json' => ['type' => 'TXT', 'name' => $name, 'content' => $content, 'ttl' => 120],
        ]);

        return $response->toArray()['result']['id'];
    }
}
