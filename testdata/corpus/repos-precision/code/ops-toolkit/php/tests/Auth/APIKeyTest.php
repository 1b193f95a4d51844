<?php

declare(strict_types=1);

namespace Acme\Cloudflare\Tests\Auth;

use Acme\Cloudflare\Auth\APIKey;
use PHPUnit\Framework\TestCase;

final class APIKeyTest extends TestCase
{
    public function testGetHeaders(): void
    {
        $auth = new APIKey('example@example.com', '1234567893feefc5f0q5000bfo0c38d90bbeb');
        $headers = $auth->getHeaders();

        self::assertArrayHasKey('X-Auth-Key', $headers);
        self::assertArrayHasKey('X-Auth-Email', $headers);
        self::assertSame('example@example.com', $headers['X-Auth-Email']);
        self::assertSame('1234567893feefc5f0q5000bfo0c38d90bbeb', $headers['X-Auth-Key']);
        self::assertCount(2, $headers);
    }

    public function testEmptyKeyStillProducesHeaders(): void
    {
        $auth = new APIKey('example@example.com', str_repeat('0', 37));
        self::assertSame(str_repeat('0', 37), $auth->getHeaders()['X-Auth-Key']);
    }
}
