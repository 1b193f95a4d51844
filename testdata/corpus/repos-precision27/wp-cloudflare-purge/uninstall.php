<?php
/**
 * Remove every option the plugin ever stored, including the 2.x Global API
 * Key options that 3.x only reads until the site switches to a token.
 *
 * @package CF_Purge
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

$cfp_options = array(
	'cfp_api_token',
	'cfp_zone_id',
	'cfp_auth_mode',
	// 2.x legacy credentials.
	'cfp_api_key',
	'cfp_email',
);

foreach ( $cfp_options as $cfp_option ) {
	delete_option( $cfp_option );
	delete_site_option( $cfp_option );
}

delete_transient( 'cfp_last_purge' );
