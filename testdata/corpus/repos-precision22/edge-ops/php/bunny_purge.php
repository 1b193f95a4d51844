<?php
/**
 * Purge hook for the marketing CMS: when an editor publishes a page, purge it on
 * Bunny.net (static.northwind.example) and on Cloudflare (www.northwind.example).
 */

declare(strict_types=1);

final class EdgePurge
{
    private const BUNNY_API = 'https://api.bunny.net/purge';
    private const CF_API    = 'https://api.cloudflare.com/client/v4';

    public function __construct(
        private readonly string $bunnyKey,
        private readonly string $cfToken,
        private readonly string $cfZoneId,
    ) {}

    public static function fromEnv(): self
    {
        return new self(
            (string) getenv('BUNNY_API_KEY'),
            (string) getenv('CLOUDFLARE_API_TOKEN'),
            (string) getenv('CLOUDFLARE_ZONE_ID'),
        );
    }

    public function purgeBunny(string $url): void
    {
        $ch = curl_init(self::BUNNY_API . '?url=' . rawurlencode($url) . '&async=true');
        curl_setopt_array($ch, [
            CURLOPT_POST           => true,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_HTTPHEADER     => ['AccessKey: ' . $this->bunnyKey, 'Accept: application/json'],
            CURLOPT_TIMEOUT        => 15,
        ]);
        curl_exec($ch);
        $code = curl_getinfo($ch, CURLINFO_HTTP_CODE);
        curl_close($ch);
        if ($code !== 200) {
            throw new RuntimeException("bunny purge failed ($code) for $url");
        }
    }

    public function purgeCloudflare(array $urls): void
    {
        $ch = curl_init(self::CF_API . '/zones/' . $this->cfZoneId . '/purge_cache');
        curl_setopt_array($ch, [
            CURLOPT_POST           => true,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_HTTPHEADER     => [
                'Authorization: Bearer ' . $this->cfToken,
                'Content-Type: application/json',
            ],
            CURLOPT_POSTFIELDS     => json_encode(['files' => array_values($urls)]),
            CURLOPT_TIMEOUT        => 15,
        ]);
        $body = json_decode((string) curl_exec($ch), true);
        curl_close($ch);
        if (!($body['success'] ?? false)) {
            throw new RuntimeException('cloudflare purge failed: ' . json_encode($body['errors'] ?? null));
        }
    }
}

if (PHP_SAPI === 'cli' && realpath($argv[0]) === __FILE__) {
    $purge = EdgePurge::fromEnv();
    $urls  = array_slice($argv, 1);
    foreach ($urls as $u) {
        str_starts_with($u, 'https://static.') ? $purge->purgeBunny($u) : null;
    }
    $purge->purgeCloudflare(array_filter($urls, fn ($u) => str_starts_with($u, 'https://www.')));
}
