<?php

// phpcs:ignoreFile

/**
 * @file
 * Local development override configuration (DDEV).
 *
 * Copied from example.settings.local.php; included from settings.php.
 */

assert_options(ASSERT_ACTIVE, TRUE);
assert_options(ASSERT_EXCEPTION, TRUE);

$settings['container_yamls'][] = DRUPAL_ROOT . '/sites/development.services.yml';

$config['system.logging']['error_level'] = 'verbose';
$config['system.performance']['css']['preprocess'] = FALSE;
$config['system.performance']['js']['preprocess'] = FALSE;

$settings['cache']['bins']['render'] = 'cache.backend.null';
$settings['cache']['bins']['page'] = 'cache.backend.null';
$settings['cache']['bins']['dynamic_page_cache'] = 'cache.backend.null';

$settings['rebuild_access'] = TRUE;
$settings['skip_permissions_hardening'] = TRUE;

/**
 * No CDN purging from laptops. The Cloudflare module still wants a zone,
 * so point it at the staging zone and mark the credentials invalid so that
 * it never calls the API.
 */
$config['cloudflare.settings']['valid_credentials'] = FALSE;
$config['cloudflare.settings']['api_token'] = '';
$config['cloudflare.settings']['zone_id'] = ['{{hex32}}'];

// Fastly: point at the sandbox service, token from `ddev config --web-environment`.
$config['fastly.settings']['api_key'] = getenv('FASTLY_API_TOKEN');
$config['fastly.settings']['service_id'] = 'SU1Z0isxPaozGVKXdv0eY';

// Search API Solr runs in the DDEV solr container.
$config['search_api.server.solr']['backend_config']['connector_config']['host'] = 'solr';
$config['search_api.server.solr']['backend_config']['connector_config']['port'] = 8983;
$config['search_api.server.solr']['backend_config']['connector_config']['core'] = 'dev';
