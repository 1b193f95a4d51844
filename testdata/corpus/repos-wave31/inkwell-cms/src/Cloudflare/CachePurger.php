<?php

declare(strict_types=1);

namespace Inkwell\EdgeCache\Cloudflare;

use Cloudflare\API\Adapter\Guzzle;
use Cloudflare\API\Auth\APIKey;
use Cloudflare\API\Endpoints\Zones;
use Inkwell\EdgeCache\Settings;
use Psr\Log\LoggerInterface;

/**
 * Purges Cloudflare's edge cache when an Inkwell article is published,
 * updated or unpublished.
 *
 * Sites that installed the plugin before 2.0 stored the account e-mail and
 * Global API Key in the settings screen; this class keeps working for them.
 * New installs use TokenClient instead.
 */
final class CachePurger
{
    private Zones $zones;

    public function __construct(
        private readonly Settings $settings,
        private readonly LoggerInterface $logger,
    ) {
        $auth = new APIKey($settings->get('cf_email'), $settings->get('cf_global_key'));
        $adapter = new Guzzle($auth);
        $this->zones = new Zones($adapter);
    }

    /**
     * @param list<string> $urls absolute URLs of the article and its listings
     */
    public function purgeUrls(array $urls): bool
    {
        $zoneId = $this->settings->get('cf_zone_id');
        if ($zoneId === '' || $urls === []) {
            return false;
        }

        // The API accepts at most 30 files per purge request.
        foreach (array_chunk($urls, 30) as $batch) {
            try {
                $this->zones->cachePurge($zoneId, $batch);
            } catch (\Throwable $e) {
                $this->logger->warning('inkwell: cloudflare purge failed', [
                    'zone' => $zoneId,
                    'error' => $e->getMessage(),
                ]);
                return false;
            }
        }

        $this->logger->info('inkwell: purged ' . count($urls) . ' URLs');
        return true;
    }

    public function purgeEverything(): bool
    {
        return $this->zones->cachePurgeEverything($this->settings->get('cf_zone_id'));
    }
}
