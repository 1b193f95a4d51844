<?php
/**
 * Tests for CFP_Settings::sanitize_token().
 *
 * @package CF_Purge
 */

class Test_CFP_Settings_Sanitize extends WP_UnitTestCase {

	/** @var CFP_Settings */
	private $settings;

	public function set_up() {
		parent::set_up();
		$this->settings = CFP_Settings::instance();
		update_option( 'cfp_api_token', 'previous-value' );
		update_option( 'cfp_auth_mode', 'global' );
		update_option( 'cfp_api_key', 'legacy-placeholder' );
		update_option( 'cfp_email', 'owner@example.com' );
	}

	public function test_empty_keeps_previous() {
		$this->assertSame( 'previous-value', $this->settings->sanitize_token( '' ) );
	}

	public function test_global_key_shape_is_refused() {
		// 37 lowercase hex characters, built here so no key-like literal is committed.
		$global_like = str_repeat( 'e', 37 );
		$this->assertSame( 'previous-value', $this->settings->sanitize_token( $global_like ) );
		$codes = wp_list_pluck( get_settings_errors( 'cfp_api_token' ), 'code' );
		$this->assertContains( 'cfp_global_key', $codes );
	}

	public function test_prefixed_global_key_is_refused() {
		$this->assertSame( 'previous-value', $this->settings->sanitize_token( 'cfk_' . str_repeat( 'Z', 30 ) ) );
	}

	public function test_legacy_token_shape_is_accepted_and_switches_mode() {
		$token = str_repeat( 'A', 20 ) . str_repeat( '-', 20 );
		$this->assertSame( $token, $this->settings->sanitize_token( "  {$token}\n" ) );
		$this->assertSame( 'token', get_option( 'cfp_auth_mode' ) );
		$this->assertFalse( get_option( 'cfp_api_key' ) );
		$this->assertFalse( get_option( 'cfp_email' ) );
	}

	public function test_scoped_token_prefix_is_accepted() {
		$token = 'cfut_' . str_repeat( 'q', 40 );
		$this->assertSame( $token, $this->settings->sanitize_token( $token ) );
	}

	public function test_garbage_is_refused() {
		$this->assertSame( 'previous-value', $this->settings->sanitize_token( 'hunter2' ) );
	}

	public function test_zone_id_is_normalised() {
		$this->assertSame( str_repeat( 'a', 32 ), $this->settings->sanitize_zone_id( str_repeat( 'A', 32 ) . ' ' ) );
		$this->assertSame( '', $this->settings->sanitize_zone_id( 'not-a-zone' ) );
	}
}
