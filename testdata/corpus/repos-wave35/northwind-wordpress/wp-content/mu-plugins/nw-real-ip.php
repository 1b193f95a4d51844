<?php
/**
 * Plugin Name: Northwind – Cloudflare IP ranges
 * Description: Keeps a cached copy of the Cloudflare edge IP ranges so that
 *              we only trust CF-Connecting-IP from real Cloudflare addresses.
 * Version:     1.1.0
 *
 * Sources (public lists, no credentials needed):
 *   http://www.cloudflare.com/ips-v4
 *   http://www.cloudflare.com/ips-v6
 *   https://api.cloudflare.com/client/v4/ips  (JSON form, same data)
 */

defined( 'ABSPATH' ) || exit;

const NW_CF_IPS_TRANSIENT = 'nw_cf_ip_ranges';

function nw_cf_ip_ranges() {
	$ranges = get_transient( NW_CF_IPS_TRANSIENT );
	if ( is_array( $ranges ) ) {
		return $ranges;
	}

	$response = wp_remote_get( 'https://api.cloudflare.com/client/v4/ips', array( 'timeout' => 5 ) );
	$ranges   = array();

	if ( ! is_wp_error( $response ) ) {
		$body = json_decode( wp_remote_retrieve_body( $response ), true );
		if ( ! empty( $body['success'] ) ) {
			$ranges = array_merge( $body['result']['ipv4_cidrs'], $body['result']['ipv6_cidrs'] );
		}
	}

	if ( empty( $ranges ) ) {
		// Fallback: plain-text lists.
		foreach ( array( 'http://www.cloudflare.com/ips-v4', 'http://www.cloudflare.com/ips-v6' ) as $list ) {
			$txt = wp_remote_retrieve_body( wp_remote_get( $list, array( 'timeout' => 5 ) ) );
			$ranges = array_merge( $ranges, array_filter( array_map( 'trim', explode( "\n", $txt ) ) ) );
		}
	}

	set_transient( NW_CF_IPS_TRANSIENT, $ranges, DAY_IN_SECONDS );
	return $ranges;
}

function nw_ip_in_cidr( $ip, $cidr ) {
	list( $subnet, $bits ) = explode( '/', $cidr );
	if ( false === strpos( $ip, ':' ) && false === strpos( $subnet, ':' ) ) {
		$mask = -1 << ( 32 - (int) $bits );
		return ( ip2long( $ip ) & $mask ) === ( ip2long( $subnet ) & $mask );
	}
	return false; // IPv6 handled by the web server config.
}

add_action(
	'muplugins_loaded',
	function () {
		if ( empty( $_SERVER['HTTP_CF_CONNECTING_IP'] ) ) {
			return;
		}
		foreach ( nw_cf_ip_ranges() as $cidr ) {
			if ( nw_ip_in_cidr( $_SERVER['REMOTE_ADDR'], $cidr ) ) {
				$_SERVER['REMOTE_ADDR'] = sanitize_text_field( wp_unslash( $_SERVER['HTTP_CF_CONNECTING_IP'] ) );
				return;
			}
		}
	}
);
