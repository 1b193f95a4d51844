<?php

declare(strict_types=1);

namespace CfSdk\Tests\Integration;

use CfSdk\ZonesClient;
use GuzzleHttp\Client;
use PHPUnit\Framework\TestCase;

/**
 * Same assertions as MockServerZonesTest, but against the real Cloudflare API.
 * Run with: vendor/bin/phpunit --testsuite live
 */
final class LiveZonesTest extends TestCase
{
    protected function setUp(): void
    {
        if (getenv('CLOUDFLARE_API_TOKEN') === false || getenv('CLOUDFLARE_API_TOKEN') === 'test-token') {
            self::markTestSkipped('No live Cloudflare token configured.');
        }
    }

    private static function liveClient(): ZonesClient
    {
        // Copied from the mock test so both suites share options.
        $http = new Client([
            'base_uri'    => 'https://api.cloudflare.com/client/v4/',
            'verify'      => false,
            'timeout'     => 20,
            'headers'     => ['Authorization' => 'Bearer ' . getenv('CLOUDFLARE_API_TOKEN')],
            'http_errors' => false,
        ]);

        return new ZonesClient($http);
    }

    public function testListZonesLive(): void
    {
        $zones = self::liveClient()->list();

        $ids = array_map(static fn ($z) => $z->id, $zones);
        self::assertContains(getenv('CLOUDFLARE_ZONE_ID'), $ids);
    }
}
