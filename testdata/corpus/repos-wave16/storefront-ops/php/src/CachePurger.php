<?php

declare(strict_types=1);

namespace Northwind\Ops;

use Cloudflare\API\Adapter\Guzzle;
use Cloudflare\API\Auth\APIKey;
use Cloudflare\API\Auth\APIToken;
use Cloudflare\API\Endpoints\EndpointException;
use Cloudflare\API\Endpoints\Zones;
use Psr\Log\LoggerInterface;

/**
 * Purges the storefront cache from the WordPress blog (blog.northwind-retail.com)
 * whenever a post is published. Settings come from wp-config.php constants
 * mapped into $config by the plugin bootstrap.
 *
 * $config = [
 *   'api_token' => NW_CF_API_TOKEN,   // preferred
 *   'email'     => NW_CF_EMAIL,       // legacy
 *   'api_key'   => NW_CF_API_KEY,     // legacy
 *   'zone'      => 'blog.northwind-retail.com',
 * ]
 */
final class CachePurger
{
    private Zones $zones;
    private ?string $zoneId = null;

    public function __construct(private array $config, private LoggerInterface $log)
    {
        if (!empty($config['api_token'])) {
            $auth = new APIToken($config['api_token']);
        } else {
            $auth = new APIKey($config['email'], $config['api_key']);
        }
        $this->zones = new Zones(new Guzzle($auth));
    }

    private function zoneId(): string
    {
        return $this->zoneId ??= $this->zones->getZoneID($this->config['zone']);
    }

    /** @param string[] $urls */
    public function purgeUrls(array $urls): bool
    {
        $ok = true;
        foreach (array_chunk($urls, 30) as $batch) {
            try {
                $ok = $this->zones->cachePurge($this->zoneId(), $batch) && $ok;
            } catch (EndpointException $e) {
                $this->log->error('cloudflare purge failed', ['error' => $e->getMessage()]);
                $ok = false;
            }
        }
        return $ok;
    }

    public function purgeEverything(): bool
    {
        return $this->zones->cachePurgeEverything($this->zoneId());
    }
}
