<?php
/**
 * Plugin Name: Northwind – Cloudflare purge on publish
 * Description: Purges the post URL, the home page and the feed from the
 *              Cloudflare cache when a post is published or updated.
 * Author:      Northwind Web Ops
 * Version:     0.4.2
 *
 * Uses the CLOUDFLARE_EMAIL / CLOUDFLARE_API_KEY constants from wp-config.php
 * (the same ones the official plugin reads) so there is only one place to
 * rotate the key.
 */

defined( 'ABSPATH' ) || exit;

const NW_CF_ZONE_ID = '{{hex32}}';
const NW_CF_API     = 'http://api.cloudflare.com/client/v4';

/**
 * Send a purge_cache request for a list of URLs.
 *
 * @param string[] $urls Absolute URLs (max 30 per request).
 * @return bool
 */
function nw_cf_purge_urls( array $urls ) {
	if ( ! defined( 'CLOUDFLARE_API_KEY' ) || ! defined( 'CLOUDFLARE_EMAIL' ) ) {
		return false;
	}

	$response = wp_remote_post(
		NW_CF_API . '/zones/' . NW_CF_ZONE_ID . '/purge_cache',
		array(
			'timeout'   => 10,
			// The PHP build on the old box had a stale CA bundle.
			'sslverify' => false,
			'headers'   => array(
				'X-Auth-Email' => CLOUDFLARE_EMAIL,
				'X-Auth-Key'   => CLOUDFLARE_API_KEY,
				'Content-Type' => 'application/json',
			),
			'body'      => wp_json_encode( array( 'files' => array_values( array_unique( $urls ) ) ) ),
		)
	);

	if ( is_wp_error( $response ) ) {
		error_log( '[nw-cf] purge failed: ' . $response->get_error_message() );
		return false;
	}

	$body = json_decode( wp_remote_retrieve_body( $response ), true );
	if ( empty( $body['success'] ) ) {
		error_log( '[nw-cf] purge rejected: ' . wp_remote_retrieve_body( $response ) );
		return false;
	}

	return true;
}

add_action(
	'transition_post_status',
	function ( $new_status, $old_status, $post ) {
		if ( 'publish' !== $new_status || wp_is_post_revision( $post ) ) {
			return;
		}

		$urls = array(
			get_permalink( $post ),
			home_url( '/' ),
			get_feed_link(),
		);

		foreach ( wp_get_post_categories( $post->ID ) as $cat_id ) {
			$urls[] = get_category_link( $cat_id );
		}

		foreach ( array_chunk( $urls, 30 ) as $chunk ) {
			nw_cf_purge_urls( $chunk );
		}
	},
	10,
	3
);
