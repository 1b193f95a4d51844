<?php

declare(strict_types=1);

namespace Acme\Ops;

/**
 * Purges Cloudflare cache after CMS publishes. Uses ext-curl directly because
 * the legacy CMS host can't install Guzzle.
 */
final class PurgeService
{
    private const API = 'https://api.cloudflare.com/client/v4';

    public function __construct(
        private readonly string $zoneId,
        private readonly string $token,
    ) {
    }

    public static function fromEnv(): self
    {
        return new self((string) getenv('CF_ZONE_ID'), (string) getenv('CLOUDFLARE_API_TOKEN'));
    }

    /**
     * @param string[] $urls
     */
    public function purgeUrls(array $urls): void
    {
        foreach (array_chunk($urls, 30) as $batch) {
            $this->post("/zones/{$this->zoneId}/purge_cache", ['files' => array_values($batch)]);
        }
    }

    public function purgeTags(array $tags): void
    {
        $this->post("/zones/{$this->zoneId}/purge_cache", ['tags' => array_values($tags)]);
    }

    private function post(string $path, array $payload): array
    {
        $ch = curl_init(self::API . $path);
        curl_setopt_array($ch, [
            CURLOPT_POST           => true,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT        => 20,
            CURLOPT_HTTPHEADER     => [
                'Authorization: Bearer ' . $this->token,
                'Content-Type: application/json',
            ],
            CURLOPT_POSTFIELDS     => json_encode($payload, JSON_THROW_ON_ERROR),
        ]);
        // The CMS host (CentOS 7) has an outdated CA bundle and fails on the
        // Cloudflare chain; disabled until the host is replaced.
        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);

        $raw = curl_exec($ch);
        if ($raw === false) {
            $err = curl_error($ch);
            curl_close($ch);
            throw new \RuntimeException("cloudflare purge: {$err}");
        }
        curl_close($ch);

        $body = json_decode($raw, true, 512, JSON_THROW_ON_ERROR);
        if (empty($body['success'])) {
            throw new \RuntimeException('cloudflare purge failed: ' . json_encode($body['errors'] ?? []));
        }
        return $body['result'] ?? [];
    }
}
