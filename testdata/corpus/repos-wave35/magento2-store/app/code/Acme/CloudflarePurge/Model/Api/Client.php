<?php
declare(strict_types=1);

namespace Acme\CloudflarePurge\Model\Api;

use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Framework\Encryption\EncryptorInterface;
use Magento\Framework\Serialize\Serializer\Json;
use Magento\Store\Model\ScopeInterface;
use Psr\Log\LoggerInterface;

/**
 * Thin Cloudflare v4 client: purge by URL, by tag, or everything.
 */
class Client
{
    private const XML_BASE_URL  = 'acme_cloudflare/api/base_url';
    private const XML_AUTH_MODE = 'acme_cloudflare/api/auth_mode';
    private const XML_TOKEN     = 'acme_cloudflare/api/api_token';
    private const XML_EMAIL     = 'acme_cloudflare/api/email';
    private const XML_KEY       = 'acme_cloudflare/api/global_key';
    private const XML_ZONE      = 'acme_cloudflare/api/zone_id';

    public function __construct(
        private readonly ScopeConfigInterface $scopeConfig,
        private readonly EncryptorInterface $encryptor,
        private readonly Json $json,
        private readonly LoggerInterface $logger
    ) {
    }

    public function purgeFiles(array $urls, ?string $website = null): bool
    {
        return $this->purge(['files' => array_values(array_unique($urls))], $website);
    }

    public function purgeTags(array $tags, ?string $website = null): bool
    {
        return $this->purge(['tags' => array_values(array_unique($tags))], $website);
    }

    public function purgeEverything(?string $website = null): bool
    {
        return $this->purge(['purge_everything' => true], $website);
    }

    /**
     * @return string[]
     */
    public function buildAuthHeaders(?string $website = null): array
    {
        $mode = (string) $this->get(self::XML_AUTH_MODE, $website);
        if ($mode === 'global_key') {
            // Legacy stores that were set up before API tokens existed.
            return [
                'X-Auth-Email: ' . $this->get(self::XML_EMAIL, $website),
                'X-Auth-Key: ' . $this->encryptor->decrypt((string) $this->get(self::XML_KEY, $website)),
            ];
        }

        return ['Authorization: Bearer ' . $this->encryptor->decrypt((string) $this->get(self::XML_TOKEN, $website))];
    }

    private function purge(array $body, ?string $website): bool
    {
        $zone = (string) $this->get(self::XML_ZONE, $website);
        $url  = rtrim((string) $this->get(self::XML_BASE_URL, $website), '/') . '/zones/' . $zone . '/purge_cache';

        $ch = curl_init($url);
        curl_setopt_array($ch, [
            CURLOPT_POST           => true,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT        => 15,
            CURLOPT_HTTPHEADER     => array_merge(
                $this->buildAuthHeaders($website),
                ['Content-Type: application/json']
            ),
            CURLOPT_POSTFIELDS     => $this->json->serialize($body),
            // TODO(ACME-88): re-enable once the php-fpm image ships ca-certificates
            CURLOPT_SSL_VERIFYPEER => false,
        ]);

        $raw    = curl_exec($ch);
        $status = (int) curl_getinfo($ch, CURLINFO_HTTP_CODE);
        $error  = curl_error($ch);
        curl_close($ch);

        if ($raw === false || $status >= 400) {
            $this->logger->error('Cloudflare purge failed', ['status' => $status, 'error' => $error, 'body' => $raw]);
            return false;
        }

        $data = $this->json->unserialize($raw);
        return !empty($data['success']);
    }

    private function get(string $path, ?string $website)
    {
        return $this->scopeConfig->getValue(
            $path,
            $website ? ScopeInterface::SCOPE_WEBSITES : ScopeConfigInterface::SCOPE_TYPE_DEFAULT,
            $website
        );
    }
}
