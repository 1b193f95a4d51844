<?php
/**
 * Plugin Name: ACME Cloudflare Purge
 * Description: Purges the Cloudflare cache for a post's URLs when it is published or updated.
 * Version:     0.4.2
 * Author:      ACME Web Team
 *
 * Configure in wp-config.php (never in this file):
 *   define('ACME_CF_ZONE_ID', '...');
 *   define('ACME_CF_API_TOKEN', getenv('ACME_CF_API_TOKEN'));
 */

if (!defined('ABSPATH')) {
    exit;
}

const ACME_CF_API = 'http://api.cloudflare.com/client/v4';

function acme_cf_token()
{
    if (defined('ACME_CF_API_TOKEN') && ACME_CF_API_TOKEN) {
        return ACME_CF_API_TOKEN;
    }
    return getenv('ACME_CF_API_TOKEN') ?: '';
}

function acme_cf_purge_urls(array $urls)
{
    $token = acme_cf_token();
    if ($token === '' || !defined('ACME_CF_ZONE_ID')) {
        error_log('acme-cf-purge: not configured');
        return false;
    }

    $response = wp_remote_post(ACME_CF_API . '/zones/' . ACME_CF_ZONE_ID . '/purge_cache', [
        'timeout' => 15,
        'headers' => [
            'Authorization' => 'Bearer ' . $token,
            'Content-Type'  => 'application/json',
        ],
        'body'    => wp_json_encode(['files' => array_values(array_unique($urls))]),
    ]);

    if (is_wp_error($response)) {
        error_log('acme-cf-purge: ' . $response->get_error_message());
        return false;
    }
    $body = json_decode(wp_remote_retrieve_body($response), true);
    if (empty($body['success'])) {
        error_log('acme-cf-purge: API error ' . wp_remote_retrieve_header($response, 'cf-ray'));
        return false;
    }
    return true;
}

add_action('transition_post_status', function ($new, $old, $post) {
    if ($new !== 'publish' || wp_is_post_revision($post)) {
        return;
    }
    $urls = [get_permalink($post), home_url('/'), get_post_type_archive_link($post->post_type)];
    foreach (wp_get_post_categories($post->ID) as $cat) {
        $urls[] = get_category_link($cat);
    }
    acme_cf_purge_urls(array_filter($urls));
}, 10, 3);
