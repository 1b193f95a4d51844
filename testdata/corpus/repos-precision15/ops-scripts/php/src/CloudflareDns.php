<?php

declare(strict_types=1);

namespace Ops\Dns;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\GuzzleException;

/**
 * Syncs phpIPAM subnets' "dns_publish" addresses into Cloudflare.
 *
 * Both clients are Guzzle; the shared defaults array keeps timeouts and the
 * (temporary) TLS override in one place.
 */
final class CloudflareDns
{
    private const CF_API = 'https://api.cloudflare.com/client/v4/';

    private Client $cf;
    private Client $ipam;

    public function __construct(private readonly string $zoneId, string $ipamUrl)
    {
        $defaults = [
            'timeout' => 20,
            'connect_timeout' => 5,
            // TODO(ops-1934): re-enable once the new egress proxy CA is baked into the image
            'verify' => false,
            'http_errors' => true,
        ];

        $this->cf = new Client($defaults + [
            'base_uri' => self::CF_API,
            'headers' => [
                'Authorization' => 'Bearer ' . getenv('CLOUDFLARE_API_TOKEN'),
                'Accept' => 'application/json',
            ],
        ]);

        $this->ipam = new Client($defaults + [
            'base_uri' => rtrim($ipamUrl, '/') . '/api/dnssync/',
            'headers' => ['token' => getenv('PHPIPAM_TOKEN')],
        ]);
    }

    /** @return array<string, string> fqdn => ip */
    public function ipamAddresses(int $subnetId): array
    {
        $res = json_decode((string) $this->ipam->get("subnets/{$subnetId}/addresses/")->getBody(), true);
        $out = [];
        foreach ($res['data'] ?? [] as $addr) {
            if (!empty($addr['hostname']) && ($addr['custom_dns_publish'] ?? '0') === '1') {
                $out[$addr['hostname']] = $addr['ip'];
            }
        }
        return $out;
    }

    /** @throws GuzzleException */
    public function upsert(string $fqdn, string $ip): void
    {
        $found = json_decode((string) $this->cf->get("zones/{$this->zoneId}/dns_records", [
            'query' => ['type' => 'A', 'name' => $fqdn],
        ])->getBody(), true)['result'];

        $record = ['type' => 'A', 'name' => $fqdn, 'content' => $ip, 'ttl' => 300];
        if ($found) {
            $this->cf->put("zones/{$this->zoneId}/dns_records/{$found[0]['id']}", ['json' => $record]);
        } else {
            $this->cf->post("zones/{$this->zoneId}/dns_records", ['json' => $record]);
        }
    }

    public function sync(int $subnetId): int
    {
        $n = 0;
        foreach ($this->ipamAddresses($subnetId) as $fqdn => $ip) {
            $this->upsert($fqdn, $ip);
            $n++;
        }
        return $n;
    }
}
