<?php
/**
 * The base configuration for WordPress
 *
 * Northwind Coffee production site (wp.northwind-coffee.example).
 * Managed by ops; do not edit on the server, change it in git and deploy.
 *
 * @package WordPress
 */

// ** Database settings ** //
define( 'DB_NAME', 'northwind_wp' );
define( 'DB_USER', 'northwind_wp' );
define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
define( 'DB_HOST', 'db-primary.internal:3306' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * Regenerated 2024-03 from https://api.wordpress.org/secret-key/1.1/salt/
 */
define( 'AUTH_KEY',         '{{b64_64}}' );
define( 'SECURE_AUTH_KEY',  '{{b64_64}}' );
define( 'LOGGED_IN_KEY',    '{{b64_64}}' );
define( 'NONCE_KEY',        '{{b64_64}}' );
define( 'AUTH_SALT',        '{{b64_64}}' );
define( 'SECURE_AUTH_SALT', '{{b64_64}}' );
define( 'LOGGED_IN_SALT',   '{{b64_64}}' );
define( 'NONCE_SALT',       '{{b64_64}}' );
/**#@-*/

$table_prefix = 'nw_';

/**
 * Cloudflare plugin (official "Cloudflare" plugin by Cloudflare, Inc.).
 * Setting these constants skips the plugin's login screen in wp-admin.
 */
define( 'CLOUDFLARE_EMAIL', 'webops@northwind-coffee.example' );
define( 'CLOUDFLARE_API_KEY', '{{hex37}}' );
define( 'CLOUDFLARE_DOMAIN_NAME', 'northwind-coffee.example' );

/**
 * Behind Cloudflare: trust CF-Connecting-IP / X-Forwarded-Proto so that
 * is_ssl() works and comments get the visitor address.
 */
if ( isset( $_SERVER['HTTP_X_FORWARDED_PROTO'] ) && 'https' === $_SERVER['HTTP_X_FORWARDED_PROTO'] ) {
	$_SERVER['HTTPS'] = 'on';
}
if ( isset( $_SERVER['HTTP_CF_CONNECTING_IP'] ) ) {
	$_SERVER['REMOTE_ADDR'] = $_SERVER['HTTP_CF_CONNECTING_IP'];
}

define( 'WP_CACHE', true ); // Added by W3 Total Cache
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );
define( 'WP_ENVIRONMENT_TYPE', 'production' );

define( 'WP_DEBUG', false );
define( 'WP_DEBUG_LOG', false );

/* That's all, stop editing! Happy publishing. */

/** Absolute path to the WordPress directory. */
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

/** Sets up WordPress vars and included files. */
require_once ABSPATH . 'wp-settings.php';
