<?php

declare(strict_types=1);

namespace CfSdk\Tests\Unit;

use CfSdk\ZonesClient;
use GuzzleHttp\Client;
use GuzzleHttp\Handler\MockHandler;
use GuzzleHttp\HandlerStack;
use GuzzleHttp\Middleware;
use GuzzleHttp\Psr7\Response;
use PHPUnit\Framework\TestCase;

final class ZonesClientTest extends TestCase
{
    private array $history = [];

    private function clientWith(Response ...$responses): ZonesClient
    {
        $stack = HandlerStack::create(new MockHandler($responses));
        $stack->push(Middleware::history($this->history));

        $http = new Client([
            'handler'  => $stack,
            'base_uri' => 'https://api.cloudflare.com/client/v4/',
            'headers'  => ['Authorization' => 'Bearer test-token'],
        ]);

        return new ZonesClient($http);
    }

    public function testListZonesParsesResult(): void
    {
        $client = $this->clientWith(new Response(200, ['Content-Type' => 'application/json'], json_encode([
            'success'  => true,
            'errors'   => [],
            'messages' => [],
            'result'   => [['id' => '023e105f4ecef8ad9ca31a8372d0c353', 'name' => 'example.com', 'status' => 'active']],
        ])));

        $zones = $client->list();

        self::assertCount(1, $zones);
        self::assertSame('example.com', $zones[0]->name);
        self::assertSame('Bearer test-token', $this->history[0]['request']->getHeaderLine('Authorization'));
        self::assertSame('/client/v4/zones', $this->history[0]['request']->getUri()->getPath());
    }

    public function testErrorsBecomeExceptions(): void
    {
        $client = $this->clientWith(new Response(403, ['Content-Type' => 'application/json'], json_encode([
            'success' => false,
            'errors'  => [['code' => 9109, 'message' => 'Invalid access token']],
            'result'  => null,
        ])));

        $this->expectException(\CfSdk\Exception\ApiException::class);
        $this->expectExceptionCode(9109);
        $client->list();
    }
}
