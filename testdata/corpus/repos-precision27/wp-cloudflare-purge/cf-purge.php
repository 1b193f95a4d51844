<?php
/**
 * Plugin Name:       CF Purge on Publish
 * Plugin URI:        https://wordpress.org/plugins/cf-purge-on-publish/
 * Description:       Purges the Cloudflare cache for a post's URLs when it is published or updated.
 * Version:           3.2.1
 * Requires at least: 6.0
 * Requires PHP:      7.4
 * Author:            Lumen Digital
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       cf-purge
 * Domain Path:       /languages
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'CFP_VERSION', '3.2.1' );
define( 'CFP_PLUGIN_FILE', __FILE__ );
define( 'CFP_PLUGIN_DIR', plugin_dir_path( __FILE__ ) );

/*
 * Credentials can be pinned in wp-config.php instead of the database, e.g.
 *     define( 'CFP_API_TOKEN', getenv( 'CLOUDFLARE_API_TOKEN' ) );
 * When the constant is defined the settings field is shown read-only.
 */

require_once CFP_PLUGIN_DIR . 'includes/class-cfp-settings.php';
require_once CFP_PLUGIN_DIR . 'includes/class-cfp-api.php';

add_action(
	'plugins_loaded',
	static function () {
		load_plugin_textdomain( 'cf-purge', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
		CFP_Settings::instance();
	}
);

add_action( 'transition_post_status', 'cfp_maybe_purge', 10, 3 );

/**
 * Purge a post's permalink and archive URLs after publishing.
 *
 * @param string  $new_status New status.
 * @param string  $old_status Old status.
 * @param WP_Post $post       Post object.
 */
function cfp_maybe_purge( $new_status, $old_status, $post ) {
	if ( 'publish' !== $new_status || wp_is_post_revision( $post ) ) {
		return;
	}

	$urls = array_filter(
		array(
			get_permalink( $post ),
			get_post_type_archive_link( $post->post_type ),
			home_url( '/' ),
			get_feed_link(),
		)
	);

	$api    = new CFP_API();
	$result = $api->purge_urls( array_values( array_unique( $urls ) ) );

	if ( is_wp_error( $result ) ) {
		error_log( 'CF Purge: ' . $result->get_error_message() ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions
	}
}

register_activation_hook(
	__FILE__,
	static function () {
		add_option( 'cfp_auth_mode', 'token' );
		add_option( 'cfp_zone_id', '' );
	}
);
