<?php

declare(strict_types=1);

namespace Inkwell\EdgeCache\Cloudflare;

use Cloudflare\API\Adapter\Guzzle;
use Cloudflare\API\Auth\APIToken;
use Cloudflare\API\Endpoints\Zones;
use Inkwell\EdgeCache\Settings;

/**
 * Default client since plugin 2.0: a scoped API token with only
 * "Zone > Cache Purge" permission.
 *
 * The token is taken from the INKWELL_CF_API_TOKEN environment variable when
 * the host sets it (managed hosting), otherwise from the encrypted option
 * written by the settings screen. It is never printed back to the UI; the
 * screen only shows the last four characters (e.g. "cfut_••••••••3f9a").
 */
final class TokenClient
{
    private Zones $zones;

    public function __construct(private readonly Settings $settings)
    {
        $token = getenv('INKWELL_CF_API_TOKEN') ?: $settings->getEncrypted('cf_api_token');

        if ($token === '' || $token === false) {
            throw new \RuntimeException('Inkwell Edge Cache: no Cloudflare API token configured.');
        }

        $this->zones = new Zones(new Guzzle(new APIToken($token)));
    }

    /** @param list<string> $urls */
    public function purgeUrls(array $urls): bool
    {
        $zoneId = $this->settings->get('cf_zone_id');
        foreach (array_chunk($urls, 30) as $batch) {
            if (!$this->zones->cachePurge($zoneId, $batch)) {
                return false;
            }
        }
        return true;
    }

    public function purgeTags(array $tags): bool
    {
        return $this->zones->cachePurge($this->settings->get('cf_zone_id'), null, $tags);
    }
}
