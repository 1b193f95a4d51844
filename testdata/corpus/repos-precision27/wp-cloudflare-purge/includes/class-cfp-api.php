<?php
/**
 * Minimal Cloudflare API client built on the WordPress HTTP API.
 *
 * @package CF_Purge
 */

defined( 'ABSPATH' ) || exit;

class CFP_API {

	const BASE = 'https://api.cloudflare.com/client/v4/';

	/**
	 * Build the auth headers for the configured mode.
	 *
	 * 'token'  - API token (default since 3.0).
	 * 'global' - e-mail + Global API Key, kept for sites upgraded from 2.x
	 *            until the admin pastes a token on the settings page.
	 *
	 * @return array|WP_Error
	 */
	private function auth_headers() {
		$mode = get_option( 'cfp_auth_mode', 'token' );

		if ( 'global' === $mode ) {
			$email = get_option( 'cfp_email', '' );
			$key   = get_option( 'cfp_api_key', '' );
			if ( ! $email || ! $key ) {
				return new WP_Error( 'cfp_no_credentials', __( 'No Cloudflare credentials configured.', 'cf-purge' ) );
			}
			return array(
				'X-Auth-Email' => $email,
				'X-Auth-Key'   => $key,
			);
		}

		$token = defined( 'CFP_API_TOKEN' ) ? CFP_API_TOKEN : get_option( 'cfp_api_token', '' );
		if ( ! $token ) {
			return new WP_Error( 'cfp_no_credentials', __( 'No Cloudflare credentials configured.', 'cf-purge' ) );
		}
		return array( 'Authorization' => 'Bearer ' . $token );
	}

	/**
	 * @param string     $method HTTP method.
	 * @param string     $path   Path below /client/v4/.
	 * @param array|null $body   JSON body.
	 * @return array|WP_Error Decoded "result" member.
	 */
	public function request( $method, $path, $body = null ) {
		$headers = $this->auth_headers();
		if ( is_wp_error( $headers ) ) {
			return $headers;
		}

		$args = array(
			'method'    => $method,
			'timeout'   => 15,
			'headers'   => array_merge( $headers, array( 'Content-Type' => 'application/json' ) ),
			// Several shared hosts ship an outdated CA bundle and every purge
			// failed with "cURL error 60". Until 3.3 we skip the check.
			'sslverify' => false,
		);
		if ( null !== $body ) {
			$args['body'] = wp_json_encode( $body );
		}

		$response = wp_remote_request( self::BASE . ltrim( $path, '/' ), $args );
		if ( is_wp_error( $response ) ) {
			return $response;
		}

		$data = json_decode( wp_remote_retrieve_body( $response ), true );
		if ( empty( $data['success'] ) ) {
			$error = isset( $data['errors'][0] ) ? $data['errors'][0] : array( 'code' => 0, 'message' => 'unknown' );
			if ( 6103 === (int) $error['code'] ) {
				// "Invalid format for X-Auth-Key header": a token was saved as the key.
				$error['message'] = __( 'An API token was saved in the Global API Key field. Paste it into "API token" instead.', 'cf-purge' );
			}
			return new WP_Error( 'cfp_api_' . $error['code'], $error['message'] );
		}
		return $data['result'];
	}

	public function purge_urls( array $urls ) {
		$zone = get_option( 'cfp_zone_id', '' );
		if ( ! $zone ) {
			return new WP_Error( 'cfp_no_zone', __( 'No zone ID configured.', 'cf-purge' ) );
		}
		$results = array();
		foreach ( array_chunk( $urls, 30 ) as $chunk ) {
			$results[] = $this->request( 'POST', "zones/{$zone}/purge_cache", array( 'files' => $chunk ) );
		}
		return $results;
	}

	public function verify_token() {
		return $this->request( 'GET', 'user/tokens/verify' );
	}
}

add_action(
	'wp_ajax_cfp_verify',
	static function () {
		check_ajax_referer( 'cfp_verify', 'nonce' );
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_send_json_error( null, 403 );
		}
		$result = ( new CFP_API() )->verify_token();
		if ( is_wp_error( $result ) ) {
			wp_send_json_error( array( 'message' => $result->get_error_message() ) );
		}
		wp_send_json_success( array( 'status' => $result['status'] ) );
	}
);
