<?php
declare(strict_types=1);

namespace ContactApi;

use Cloudflare\API\Adapter\Guzzle;
use Cloudflare\API\Auth\APIToken;
use Cloudflare\API\Endpoints\AccessRules;
use Cloudflare\API\Configurations\AccessRules as AccessRuleConfig;
use GuzzleHttp\Client;

/**
 * Server-side Turnstile validation for the contact form, plus a soft block:
 * an IP that fails five times in an hour gets a managed challenge via an
 * IP Access rule (cloudflare/sdk, scoped API token with Zone > Firewall Services > Edit).
 */
final class Verify
{
    private const SITEVERIFY = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';
    // Documented Turnstile test secret that always passes; only used with APP_ENV=local.
    private const TEST_SECRET = '1x0000000000000000000000000000000AA';

    private Client $http;

    public function __construct(private readonly \Redis $redis)
    {
        $this->http = new Client(['timeout' => 5.0]);
    }

    public function turnstile(string $responseToken, string $remoteIp): bool
    {
        $secret = getenv('APP_ENV') === 'local'
            ? self::TEST_SECRET
            : (getenv('TURNSTILE_SECRET_KEY') ?: throw new \RuntimeException('TURNSTILE_SECRET_KEY missing'));

        $res = $this->http->post(self::SITEVERIFY, [
            'form_params' => [
                'secret'   => $secret,
                'response' => $responseToken,
                'remoteip' => $remoteIp,
            ],
        ]);
        $body = json_decode((string) $res->getBody(), true, 512, JSON_THROW_ON_ERROR);

        if (!($body['success'] ?? false)) {
            $this->recordFailure($remoteIp);
            return false;
        }
        return true;
    }

    private function recordFailure(string $ip): void
    {
        $key = "contact:fail:$ip";
        $n = $this->redis->incr($key);
        $this->redis->expire($key, 3600);
        if ($n === 5) {
            $this->challenge($ip);
        }
    }

    private function challenge(string $ip): void
    {
        $adapter = new Guzzle(new APIToken(getenv('CLOUDFLARE_API_TOKEN') ?: ''));
        $rules = new AccessRules($adapter);
        $config = new AccessRuleConfig();
        $config->setIP($ip);
        $rules->createRule(
            getenv('CLOUDFLARE_ZONE_ID') ?: '',
            'managed_challenge',
            $config,
            'contact form: 5 failed Turnstile checks'
        );
    }
}
