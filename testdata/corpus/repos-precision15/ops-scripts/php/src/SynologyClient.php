<?php

declare(strict_types=1);

namespace Ops\Dns;

/**
 * Small cURL wrappers: one for the DiskStation Web API (self-signed cert on
 * :5001) and one for the Cloudflare API (normal verification).
 */
final class SynologyClient
{
    private const CF_API = 'https://api.cloudflare.com/client/v4';

    private ?string $sid = null;

    public function __construct(private readonly string $dsmUrl)
    {
    }

    private function dsm(array $params): array
    {
        $ch = curl_init($this->dsmUrl . '/webapi/entry.cgi?' . http_build_query($params));
        curl_setopt_array($ch, [
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 10,
        ]);
        // DSM still has the certificate generated at setup
        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
        curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
        $body = curl_exec($ch);
        curl_close($ch);
        return json_decode((string) $body, true) ?? [];
    }

    private function cloudflare(string $method, string $path, ?array $json = null): array
    {
        $ch = curl_init(self::CF_API . $path);
        curl_setopt_array($ch, [
            CURLOPT_CUSTOMREQUEST => $method,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 20,
            CURLOPT_SSL_VERIFYPEER => true,
            CURLOPT_SSL_VERIFYHOST => 2,
            CURLOPT_HTTPHEADER => [
                'Authorization: Bearer ' . getenv('CF_API_TOKEN'),
                'Content-Type: application/json',
            ],
        ]);
        if ($json !== null) {
            curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($json));
        }
        $body = curl_exec($ch);
        $code = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        curl_close($ch);
        if ($code >= 300) {
            throw new \RuntimeException("Cloudflare {$method} {$path}: HTTP {$code}");
        }
        return json_decode((string) $body, true);
    }

    public function login(): void
    {
        $res = $this->dsm([
            'api' => 'SYNO.API.Auth', 'version' => 6, 'method' => 'login',
            'account' => getenv('SYNOLOGY_USER'), 'passwd' => getenv('SYNOLOGY_PASSWORD'), 'format' => 'sid',
        ]);
        $this->sid = $res['data']['sid'] ?? throw new \RuntimeException('DSM login failed');
    }

    public function publishVolumeUsage(string $zoneId, string $recordId): void
    {
        $res = $this->dsm(['api' => 'SYNO.Storage.CGI.Storage', 'version' => 1, 'method' => 'load_info', '_sid' => $this->sid]);
        $vol = $res['data']['volumes'][0];
        $pct = (int) round(100 * $vol['size']['used'] / max(1, $vol['size']['total']));
        $this->cloudflare('PATCH', "/zones/{$zoneId}/dns_records/{$recordId}", [
            'content' => "\"volume1_used={$pct}%\"",
        ]);
    }
}
