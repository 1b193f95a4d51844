/* global jQuery, cfpAdmin */
/**
 * Settings > CF Purge: client-side hints and the "Verify token" button.
 *
 * Nothing here sees a stored credential: the token field is always rendered
 * empty and verification runs server-side through admin-ajax.php.
 */
( function ( $ ) {
	'use strict';

	// Same shapes as CFP_Settings::sanitize_token(); these only drive hints.
	var GLOBAL_KEY = /^([0-9a-f]{37}|cfk_[A-Za-z0-9_-]{20,})$/;
	var API_TOKEN = /^(cf[ua]t_[A-Za-z0-9_-]{20,}|[A-Za-z0-9_-]{40})$/;

	function notice( $after, type, text ) {
		$after.siblings( '.cfp-hint' ).remove();
		$( '<p/>', { 'class': 'cfp-hint notice-' + type, text: text } ).insertAfter( $after );
	}

	$( function () {
		var $field = $( '#cfp_api_token' );
		var $button = $( '#cfp-verify' );

		$field.on( 'input', function () {
			var value = $.trim( $field.val() );
			$field.siblings( '.cfp-hint' ).remove();
			if ( ! value ) {
				return;
			}
			if ( GLOBAL_KEY.test( value ) ) {
				notice( $button, 'error', cfpAdmin.i18n.globalKey );
			} else if ( ! API_TOKEN.test( value ) ) {
				notice( $button, 'warning', '…' );
			}
		} );

		$button.on( 'click', function () {
			$button.prop( 'disabled', true );
			$.post( cfpAdmin.ajaxUrl, {
				action: 'cfp_verify',
				nonce: cfpAdmin.nonce
			} )
				.done( function ( res ) {
					if ( res.success && res.data.status === 'active' ) {
						notice( $button, 'success', cfpAdmin.i18n.ok );
					} else {
						notice( $button, 'error', ( res.data && res.data.message ) || cfpAdmin.i18n.failed );
					}
				} )
				.fail( function () {
					notice( $button, 'error', cfpAdmin.i18n.failed );
				} )
				.always( function () {
					$button.prop( 'disabled', false );
				} );
		} );
	} );
}( jQuery ) );
