<?php

// phpcs:ignoreFile

/**
 * @file
 * Drupal site-specific configuration file (acme-outdoor.example, Commerce 2).
 *
 * Secrets come from the environment of the PHP-FPM container; see
 * docker/php/env.d/*.conf (not in git).
 */

$databases['default']['default'] = [
  'database' => getenv('DRUPAL_DB_NAME') ?: 'drupal',
  'username' => getenv('DRUPAL_DB_USER') ?: 'drupal',
  'password' => getenv('DRUPAL_DB_PASSWORD'),
  'prefix' => '',
  'host' => getenv('DRUPAL_DB_HOST') ?: 'mariadb',
  'port' => '3306',
  'isolation_level' => 'READ COMMITTED',
  'driver' => 'mysql',
  'namespace' => 'Drupal\\mysql\\Driver\\Database\\mysql',
  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
];

$settings['config_sync_directory'] = '../config/sync';
$settings['hash_salt'] = '{{b64_55}}';
$settings['update_free_access'] = FALSE;
$settings['file_private_path'] = '/var/www/private';
$settings['file_scan_ignore_directories'] = ['node_modules', 'bower_components'];
$settings['entity_update_batch_size'] = 50;
$settings['entity_update_backup'] = TRUE;
$settings['migrate_node_migrate_type_classic'] = FALSE;

$settings['trusted_host_patterns'] = [
  '^acme-outdoor\.example$',
  '^www\.acme-outdoor\.example$',
];

/**
 * Reverse proxy: all traffic arrives through Cloudflare, then the ingress.
 */
$settings['reverse_proxy'] = TRUE;
$settings['reverse_proxy_addresses'] = ['10.42.0.0/16'];
$settings['reverse_proxy_trusted_headers'] = \Symfony\Component\HttpFoundation\Request::HEADER_X_FORWARDED_FOR
  | \Symfony\Component\HttpFoundation\Request::HEADER_X_FORWARDED_PROTO
  | \Symfony\Component\HttpFoundation\Request::HEADER_X_FORWARDED_PORT;

/**
 * Cloudflare module (drupal/cloudflare). Production still uses the account
 * owner's Global API Key until the scoped token migration (OPS-512) lands.
 */
if (getenv('APP_ENV') === 'prod') {
  $config['cloudflare.settings']['auth_using'] = 'key';
  $config['cloudflare.settings']['email'] = getenv('CLOUDFLARE_EMAIL');
  $config['cloudflare.settings']['apikey'] = getenv('CLOUDFLARE_API_KEY');
  $config['cloudflare.settings']['zone_id'] = ['{{hex32}}'];
}

$config['system.performance']['css']['preprocess'] = TRUE;
$config['system.performance']['js']['preprocess'] = TRUE;
$config['system.logging']['error_level'] = 'hide';

if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {
  include $app_root . '/' . $site_path . '/settings.local.php';
}
