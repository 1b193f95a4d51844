<?php

declare(strict_types=1);

namespace CfSdk\Tests\Integration;

use CfSdk\ZonesClient;
use GuzzleHttp\Client;
use PHPUnit\Framework\TestCase;

/**
 * Runs the SDK against the MockServer container (docker-compose.yml).
 * MockServer presents a certificate from its own generated CA, so TLS
 * verification is disabled for this mock-only client.
 */
final class MockServerZonesTest extends TestCase
{
    private static function mockClient(): ZonesClient
    {
        $mockUrl = getenv('CF_MOCK_URL') ?: 'https://localhost:1080';

        $http = new Client([
            'base_uri'        => rtrim($mockUrl, '/') . '/client/v4/',
            'verify'          => false,
            'timeout'         => 5,
            'headers'         => ['Authorization' => 'Bearer test-token'],
            'http_errors'     => false,
        ]);

        return new ZonesClient($http);
    }

    public function testListZonesFromMock(): void
    {
        $zones = self::mockClient()->list();

        self::assertNotEmpty($zones);
        self::assertSame('023e105f4ecef8ad9ca31a8372d0c353', $zones[0]->id);
    }

    public function testMockRejectsMissingToken(): void
    {
        $http = new Client([
            'base_uri'    => 'https://127.0.0.1:1080/client/v4/',
            'verify'      => false,
            'http_errors' => false,
        ]);

        $res = $http->get('zones');
        self::assertSame(403, $res->getStatusCode());
    }
}
