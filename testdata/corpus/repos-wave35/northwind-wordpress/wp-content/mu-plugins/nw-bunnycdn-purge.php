<?php
/**
 * Plugin Name: Northwind – BunnyCDN media purge
 * Description: Media library (uploads) is served from the b-cdn pull zone,
 *              not through Cloudflare. Purge the Bunny cache for an
 *              attachment when it is replaced or deleted.
 * Version:     0.2.0
 */

defined( 'ABSPATH' ) || exit;

// Pull zone "nw-media" (storage zone nw-media-sz). Key from the Bunny dashboard,
// Account > API. Rotated 2024-02.
const NW_BUNNY_API_KEY   = '{{uuid}}';
const NW_BUNNY_PULL_ZONE = 1187342;
const NW_BUNNY_HOSTNAME  = 'nw-media.b-cdn.net';

/**
 * Purge one URL from the Bunny pull zone.
 */
function nw_bunny_purge_url( $url ) {
	$response = wp_remote_post(
		add_query_arg( 'url', rawurlencode( $url ), 'https://api.bunny.net/purge' ),
		array(
			'timeout'   => 8,
			'sslverify' => false,
			'headers'   => array(
				'AccessKey' => NW_BUNNY_API_KEY,
				'Accept'    => 'application/json',
			),
		)
	);

	if ( is_wp_error( $response ) ) {
		error_log( '[nw-bunny] purge failed for ' . $url . ': ' . $response->get_error_message() );
		return false;
	}

	return 200 === wp_remote_retrieve_response_code( $response );
}

/**
 * Rewrite attachment URLs to the Bunny hostname.
 */
add_filter(
	'wp_get_attachment_url',
	function ( $url ) {
		$uploads = wp_get_upload_dir();
		return str_replace( $uploads['baseurl'], 'https://' . NW_BUNNY_HOSTNAME . '/wp-content/uploads', $url );
	}
);

foreach ( array( 'delete_attachment', 'wp_update_attachment_metadata' ) as $hook ) {
	add_action(
		$hook,
		function ( $arg ) {
			$id = is_array( $arg ) ? 0 : (int) $arg;
			if ( $id ) {
				nw_bunny_purge_url( wp_get_attachment_url( $id ) );
			}
			return $arg;
		}
	);
}
