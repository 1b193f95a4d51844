<?php
declare(strict_types=1);

namespace Acme\CloudflarePurge\Test\Unit\Model\Api;

use Acme\CloudflarePurge\Model\Api\Client;
use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Framework\Encryption\EncryptorInterface;
use Magento\Framework\Serialize\Serializer\Json;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;
use Psr\Log\NullLogger;

class ClientTest extends TestCase
{
    private ScopeConfigInterface&MockObject $scopeConfig;
    private EncryptorInterface&MockObject $encryptor;

    protected function setUp(): void
    {
        $this->scopeConfig = $this->createMock(ScopeConfigInterface::class);
        $this->encryptor = $this->createMock(EncryptorInterface::class);
        $this->encryptor->method('decrypt')->willReturnArgument(0);
    }

    private function client(array $config): Client
    {
        $this->scopeConfig->method('getValue')->willReturnCallback(
            static fn(string $path) => $config[$path] ?? null
        );

        return new Client($this->scopeConfig, $this->encryptor, new Json(), new NullLogger());
    }

    public function testTokenModeSendsBearer(): void
    {
        $client = $this->client([
            'acme_cloudflare/api/auth_mode' => 'token',
            'acme_cloudflare/api/api_token' => 'test-token',
        ]);

        self::assertSame(['Authorization: Bearer test-token'], $client->buildAuthHeaders());
    }

    public function testGlobalKeyModeSendsEmailAndKey(): void
    {
        $client = $this->client([
            'acme_cloudflare/api/auth_mode' => 'global_key',
            'acme_cloudflare/api/email' => 'owner@acme-store.example',
            'acme_cloudflare/api/global_key' => '{{hex37#k}}',
        ]);

        self::assertSame(
            [
                'X-Auth-Email: owner@acme-store.example',
                'X-Auth-Key: {{hex37#k}}',
            ],
            $client->buildAuthHeaders()
        );
    }
}
