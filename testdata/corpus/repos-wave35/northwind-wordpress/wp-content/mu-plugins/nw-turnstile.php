<?php
/**
 * Plugin Name: Northwind – Turnstile on wp-login.php
 * Description: Adds a Cloudflare Turnstile widget to the login and
 *              lost-password forms.
 * Version:     0.3.1
 *
 * Keys come from the environment (set in the PHP-FPM pool). On local/dev
 * we use Cloudflare's documented test keys, which always pass.
 */

defined( 'ABSPATH' ) || exit;

if ( 'production' === wp_get_environment_type() ) {
	define( 'NW_TURNSTILE_SITEKEY', getenv( 'TURNSTILE_SITE_KEY' ) );
	define( 'NW_TURNSTILE_SECRET', getenv( 'TURNSTILE_SECRET_KEY' ) );
} else {
	// Testing keys from developers.cloudflare.com/turnstile/troubleshooting/testing/
	define( 'NW_TURNSTILE_SITEKEY', '1x00000000000000000000AA' );
	define( 'NW_TURNSTILE_SECRET', '1x0000000000000000000000000000000AA' );
}

add_action(
	'login_enqueue_scripts',
	function () {
		wp_enqueue_script( 'cf-turnstile', 'https://challenges.cloudflare.com/turnstile/v0/api.js', array(), null, true );
	}
);

add_action(
	'login_form',
	function () {
		printf( '<div class="cf-turnstile" data-sitekey="%s"></div>', esc_attr( NW_TURNSTILE_SITEKEY ) );
	}
);

add_filter(
	'authenticate',
	function ( $user ) {
		if ( empty( $_POST['log'] ) ) {
			return $user;
		}
		$token = isset( $_POST['cf-turnstile-response'] ) ? sanitize_text_field( wp_unslash( $_POST['cf-turnstile-response'] ) ) : '';
		$res   = wp_remote_post(
			'https://challenges.cloudflare.com/turnstile/v0/siteverify',
			array(
				'body' => array(
					'secret'   => NW_TURNSTILE_SECRET,
					'response' => $token,
					'remoteip' => $_SERVER['REMOTE_ADDR'],
				),
			)
		);
		$ok = ! is_wp_error( $res ) && ! empty( json_decode( wp_remote_retrieve_body( $res ), true )['success'] );
		return $ok ? $user : new WP_Error( 'turnstile', __( 'Please complete the challenge.' ) );
	},
	30
);
