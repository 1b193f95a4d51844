<?php

declare(strict_types=1);

namespace Acme\Cloudflare\Auth;

/**
 * Legacy Global API Key authentication. Kept for accounts that have not yet
 * migrated; new integrations should use {@see APIToken}.
 */
final class APIKey implements Auth
{
    public function __construct(
        private readonly string $email,
        private readonly string $apiKey,
    ) {
    }

    /**
     * @return array<string, string>
     */
    public function getHeaders(): array
    {
        return [
            'X-Auth-Email' => $this->email,
            'X-Auth-Key'   => $this->apiKey,
        ];
    }
}
