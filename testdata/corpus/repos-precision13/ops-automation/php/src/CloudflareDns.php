<?php

declare(strict_types=1);

namespace Acme\Ops;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\GuzzleException;

/**
 * Publishes DNS for Proxmox guests.
 *
 *  - $proxmox : the Proxmox VE cluster API (pve01.lab.acme.lan:8006), which uses the
 *               node's self-signed pve-ssl certificate -> 'verify' => false.
 *  - $cloudflare : https://api.cloudflare.com/client/v4 with Guzzle's default
 *               verification (system CA bundle).
 */
final class CloudflareDns
{
    private Client $proxmox;
    private Client $cloudflare;

    public function __construct(
        private readonly string $zoneId,
        private readonly string $domain,
    ) {
        $this->proxmox = new Client([
            'base_uri' => getenv('PVE_URL') ?: 'https://pve01.lab.acme.lan:8006/api2/json/',
            'headers'  => ['Authorization' => 'PVEAPIToken=' . getenv('PVE_API_TOKEN')],
            'timeout'  => 10,
            'verify'   => false, // pve-ssl self-signed, lab network only
        ]);

        $this->cloudflare = new Client([
            'base_uri' => 'https://api.cloudflare.com/client/v4/',
            'headers'  => [
                'Authorization' => 'Bearer ' . getenv('CLOUDFLARE_API_TOKEN'),
                'Content-Type'  => 'application/json',
            ],
            'timeout'  => 15,
        ]);
    }

    /** @return array<string,string> guest name => IPv4 */
    public function guests(string $node): array
    {
        $out = [];
        $vms = json_decode((string) $this->proxmox->get("nodes/{$node}/qemu")->getBody(), true)['data'];
        foreach ($vms as $vm) {
            if (($vm['status'] ?? '') !== 'running' || !str_contains($vm['tags'] ?? '', 'dns')) {
                continue;
            }
            $ifaces = json_decode((string) $this->proxmox
                ->get("nodes/{$node}/qemu/{$vm['vmid']}/agent/network-get-interfaces")
                ->getBody(), true)['data']['result'] ?? [];
            foreach ($ifaces as $if) {
                foreach ($if['ip-addresses'] ?? [] as $ip) {
                    if ($ip['ip-address-type'] === 'ipv4' && !str_starts_with($ip['ip-address'], '127.')) {
                        $out[strtolower($vm['name'])] = $ip['ip-address'];
                    }
                }
            }
        }
        return $out;
    }

    /** @throws GuzzleException */
    public function publish(string $name, string $ip): void
    {
        $fqdn = "{$name}.{$this->domain}";
        $found = json_decode((string) $this->cloudflare
            ->get("zones/{$this->zoneId}/dns_records", ['query' => ['type' => 'A', 'name' => $fqdn]])
            ->getBody(), true)['result'];
        $record = ['type' => 'A', 'name' => $fqdn, 'content' => $ip, 'ttl' => 300, 'proxied' => false];
        if ($found) {
            $this->cloudflare->put("zones/{$this->zoneId}/dns_records/{$found[0]['id']}", ['json' => $record]);
        } else {
            $this->cloudflare->post("zones/{$this->zoneId}/dns_records", ['json' => $record]);
        }
    }
}
