<?php
declare(strict_types=1);

namespace Acme\ErpSync\Model;

use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Framework\Serialize\Serializer\Json;

/**
 * Pushes orders to the on-prem ERP (Navision bridge) over the site-to-site VPN.
 *
 * The bridge uses a self-signed certificate issued by the warehouse's own CA;
 * the store never talks to it over the public internet. Cloudflare is only in
 * front of the storefront, not this traffic.
 */
class Connector
{
    private const ERP_URL = 'https://erp-bridge.warehouse.lan:8443/api/orders';

    public function __construct(
        private readonly ScopeConfigInterface $scopeConfig,
        private readonly Json $json
    ) {
    }

    public function pushOrder(array $order): array
    {
        $ch = curl_init(self::ERP_URL);
        curl_setopt_array($ch, [
            CURLOPT_POST           => true,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT        => 30,
            CURLOPT_HTTPHEADER     => [
                'Content-Type: application/json',
                'X-Api-Key: ' . $this->scopeConfig->getValue('acme_erp/connection/api_key'),
            ],
            CURLOPT_POSTFIELDS     => $this->json->serialize($order),
            CURLOPT_SSL_VERIFYPEER => false,
            CURLOPT_SSL_VERIFYHOST => 0,
        ]);

        $raw = curl_exec($ch);
        if ($raw === false) {
            $err = curl_error($ch);
            curl_close($ch);
            throw new \RuntimeException('ERP bridge unreachable: ' . $err);
        }
        curl_close($ch);

        return $this->json->unserialize($raw);
    }
}
