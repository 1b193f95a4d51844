<?php
/**
 * Settings > CF Purge page.
 *
 * @package CF_Purge
 */

defined( 'ABSPATH' ) || exit;

class CFP_Settings {

	const GROUP = 'cfp_settings';
	const PAGE  = 'cf-purge';

	private static $instance;

	public static function instance() {
		if ( null === self::$instance ) {
			self::$instance = new self();
		}
		return self::$instance;
	}

	private function __construct() {
		add_action( 'admin_menu', array( $this, 'add_page' ) );
		add_action( 'admin_init', array( $this, 'register' ) );
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue' ) );
	}

	public function add_page() {
		add_options_page(
			__( 'CF Purge', 'cf-purge' ),
			__( 'CF Purge', 'cf-purge' ),
			'manage_options',
			self::PAGE,
			array( $this, 'render' )
		);
	}

	public function register() {
		register_setting(
			self::GROUP,
			'cfp_api_token',
			array(
				'type'              => 'string',
				'sanitize_callback' => array( $this, 'sanitize_token' ),
				'show_in_rest'      => false,
				'default'           => '',
			)
		);
		register_setting( self::GROUP, 'cfp_zone_id', array( 'sanitize_callback' => array( $this, 'sanitize_zone_id' ) ) );

		add_settings_section( 'cfp_auth', __( 'Cloudflare credentials', 'cf-purge' ), array( $this, 'section_intro' ), self::PAGE );
		add_settings_field( 'cfp_api_token', __( 'API token', 'cf-purge' ), array( $this, 'field_token' ), self::PAGE, 'cfp_auth' );
		add_settings_field( 'cfp_zone_id', __( 'Zone ID', 'cf-purge' ), array( $this, 'field_zone_id' ), self::PAGE, 'cfp_auth' );
	}

	public function section_intro() {
		echo '<p>' . esc_html__( 'Create a token with the "Zone > Cache Purge > Purge" permission. The Global API Key is no longer supported for new setups.', 'cf-purge' ) . '</p>';
	}

	public function sanitize_token( $value ) {
		$value    = trim( (string) $value );
		$previous = get_option( 'cfp_api_token', '' );

		// Empty submit on a password field means "keep the stored token".
		if ( '' === $value ) {
			return $previous;
		}

		if ( preg_match( '/^[0-9a-f]{37}$/', $value ) || 0 === strpos( $value, 'cfk_' ) ) {
			add_settings_error(
				'cfp_api_token',
				'cfp_global_key',
				__( 'That looks like your Global API Key. It can change everything in your account. Create an API token instead; the value was not saved.', 'cf-purge' )
			);
			return $previous;
		}

		if ( ! preg_match( '/^(cf[ua]t_[A-Za-z0-9_-]{20,}|[A-Za-z0-9_-]{40})$/', $value ) ) {
			add_settings_error( 'cfp_api_token', 'cfp_token_shape', __( 'That does not look like a Cloudflare API token.', 'cf-purge' ) );
			return $previous;
		}

		// Switching to a token ends legacy Global-key mode for good.
		update_option( 'cfp_auth_mode', 'token' );
		delete_option( 'cfp_api_key' );
		delete_option( 'cfp_email' );

		return $value;
	}

	public function sanitize_zone_id( $value ) {
		$value = strtolower( trim( (string) $value ) );
		return preg_match( '/^[0-9a-f]{32}$/', $value ) ? $value : '';
	}

	public function field_token() {
		$stored = defined( 'CFP_API_TOKEN' ) ? CFP_API_TOKEN : get_option( 'cfp_api_token', '' );
		$hint   = $stored ? substr( $stored, 0, 5 ) . '****' . substr( $stored, -4 ) : '';
		printf(
			'<input type="password" id="cfp_api_token" name="cfp_api_token" class="regular-text" value="" autocomplete="new-password" placeholder="%1$s" %2$s />',
			esc_attr( $hint ? $hint : __( 'Paste your API token', 'cf-purge' ) ),
			disabled( defined( 'CFP_API_TOKEN' ), true, false )
		);
		echo ' <button type="button" class="button" id="cfp-verify">' . esc_html__( 'Verify token', 'cf-purge' ) . '</button>';
		echo '<p class="description">' . esc_html__( 'Leave empty to keep the stored token.', 'cf-purge' ) . '</p>';
		if ( 'global' === get_option( 'cfp_auth_mode' ) ) {
			echo '<div class="notice notice-warning inline"><p>' . esc_html__( 'This site still purges with the Global API Key saved by version 2.x. Paste an API token above to switch.', 'cf-purge' ) . '</p></div>';
		}
	}

	public function field_zone_id() {
		printf(
			'<input type="text" id="cfp_zone_id" name="cfp_zone_id" class="regular-text code" value="%s" placeholder="023e105f4ecef8ad9ca31a8372d0c353" />',
			esc_attr( get_option( 'cfp_zone_id', '' ) )
		);
	}

	public function enqueue( $hook ) {
		if ( 'settings_page_' . self::PAGE !== $hook ) {
			return;
		}
		wp_enqueue_script( 'cfp-admin', plugins_url( 'assets/js/admin-settings.js', CFP_PLUGIN_FILE ), array( 'jquery' ), CFP_VERSION, true );
		wp_localize_script(
			'cfp-admin',
			'cfpAdmin',
			array(
				'ajaxUrl' => admin_url( 'admin-ajax.php' ),
				'nonce'   => wp_create_nonce( 'cfp_verify' ),
				'i18n'    => array(
					'globalKey' => __( 'That looks like your Global API Key, not an API token.', 'cf-purge' ),
					'ok'        => __( 'Token is active.', 'cf-purge' ),
					'failed'    => __( 'Cloudflare rejected the token.', 'cf-purge' ),
				),
			)
		);
	}

	public function render() {
		?>
		<div class="wrap">
			<h1><?php esc_html_e( 'CF Purge on Publish', 'cf-purge' ); ?></h1>
			<form action="options.php" method="post">
				<?php
				settings_fields( self::GROUP );
				do_settings_sections( self::PAGE );
				submit_button();
				?>
			</form>
		</div>
		<?php
	}
}
