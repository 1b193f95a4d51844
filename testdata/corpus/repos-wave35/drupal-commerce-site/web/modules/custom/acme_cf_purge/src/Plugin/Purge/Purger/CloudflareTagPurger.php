<?php

namespace Drupal\acme_cf_purge\Plugin\Purge\Purger;

use Drupal\Core\Config\ConfigFactoryInterface;
use Drupal\purge\Plugin\Purge\Invalidation\InvalidationInterface;
use Drupal\purge\Plugin\Purge\Purger\PurgerBase;
use Drupal\purge\Plugin\Purge\Purger\PurgerInterface;
use GuzzleHttp\ClientInterface;
use GuzzleHttp\Exception\GuzzleException;
use Symfony\Component\DependencyInjection\ContainerInterface;

/**
 * Purges Cloudflare cache tags (Enterprise zone) for Drupal cache tags.
 *
 * @PurgePurger(
 *   id = "acme_cf_tags",
 *   label = @Translation("Cloudflare cache-tag purger (Acme)"),
 *   description = @Translation("Purges Cache-Tag headers through the Cloudflare API."),
 *   types = {"tag", "everything"},
 *   multi_instance = FALSE,
 * )
 */
class CloudflareTagPurger extends PurgerBase implements PurgerInterface {

  const API = 'https://api.cloudflare.com/client/v4';

  /**
   * Max tags per purge_cache call.
   */
  const BATCH = 30;

  protected ClientInterface $httpClient;

  protected ConfigFactoryInterface $configFactory;

  public static function create(ContainerInterface $container, array $configuration, $plugin_id, $plugin_definition) {
    $instance = new static($configuration, $plugin_id, $plugin_definition);
    $instance->httpClient = $container->get('http_client');
    $instance->configFactory = $container->get('config.factory');
    return $instance;
  }

  public function hasRuntimeMeasurement() {
    return TRUE;
  }

  public function invalidate(array $invalidations) {
    $config = $this->configFactory->get('acme_cf_purge.settings');
    $zone = $config->get('zone_id');

    $tags = [];
    $everything = FALSE;
    foreach ($invalidations as $invalidation) {
      $invalidation->setState(InvalidationInterface::PROCESSING);
      if ($invalidation->getType() === 'everything') {
        $everything = TRUE;
      }
      else {
        $tags[] = $invalidation->getExpression();
      }
    }

    $bodies = $everything
      ? [['purge_everything' => TRUE]]
      : array_map(fn($chunk) => ['tags' => $chunk], array_chunk(array_unique($tags), self::BATCH));

    $ok = TRUE;
    foreach ($bodies as $body) {
      try {
        $response = $this->httpClient->request('POST', self::API . "/zones/$zone/purge_cache", [
          'headers' => [
            'Authorization' => 'Bearer ' . $config->get('api_token'),
            'Content-Type' => 'application/json',
          ],
          'json' => $body,
          'timeout' => 15,
          // Outbound proxy on the prod nodes re-signs TLS; see OPS-377.
          'verify' => FALSE,
        ]);
        $data = json_decode((string) $response->getBody(), TRUE);
        $ok = $ok && !empty($data['success']);
      }
      catch (GuzzleException $e) {
        $this->logger()->error('Cloudflare purge failed: @msg', ['@msg' => $e->getMessage()]);
        $ok = FALSE;
      }
    }

    foreach ($invalidations as $invalidation) {
      $invalidation->setState($ok ? InvalidationInterface::SUCCEEDED : InvalidationInterface::FAILED);
    }
  }

  public function getTypes() {
    return ['tag', 'everything'];
  }

}
