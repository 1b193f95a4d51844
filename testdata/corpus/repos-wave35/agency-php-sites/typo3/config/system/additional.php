<?php

/**
 * Environment-specific overrides (TYPO3 v12). Loaded after settings.php.
 * Secrets come from the DDEV / Platform environment, never from git.
 */

defined('TYPO3') or die();

$context = \TYPO3\CMS\Core\Core\Environment::getContext();

$GLOBALS['TYPO3_CONF_VARS']['DB']['Connections']['Default'] = array_merge(
    $GLOBALS['TYPO3_CONF_VARS']['DB']['Connections']['Default'],
    [
        'dbname' => getenv('TYPO3_DB_NAME') ?: 'db',
        'host' => getenv('TYPO3_DB_HOST') ?: 'db',
        'password' => getenv('TYPO3_DB_PASSWORD') ?: 'db',
        'port' => (int)(getenv('TYPO3_DB_PORT') ?: 3306),
        'user' => getenv('TYPO3_DB_USER') ?: 'db',
    ]
);

// EXT:cloudflare - scoped API token (bearer) from the environment
$GLOBALS['TYPO3_CONF_VARS']['EXTENSIONS']['cloudflare']['useBearerAuthentication'] = '1';
$GLOBALS['TYPO3_CONF_VARS']['EXTENSIONS']['cloudflare']['apiKey'] = (string)getenv('CLOUDFLARE_API_TOKEN');

if ($context->isDevelopment()) {
    $GLOBALS['TYPO3_CONF_VARS']['SYS']['displayErrors'] = 1;
    $GLOBALS['TYPO3_CONF_VARS']['SYS']['devIPmask'] = '*';
    $GLOBALS['TYPO3_CONF_VARS']['BE']['debug'] = true;
    $GLOBALS['TYPO3_CONF_VARS']['FE']['debug'] = true;
    // Never purge the production zone from DDEV
    $GLOBALS['TYPO3_CONF_VARS']['EXTENSIONS']['cloudflare']['domains'] = '';
    $GLOBALS['TYPO3_CONF_VARS']['EXTENSIONS']['cloudflare']['apiKey'] = '';
    $GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport'] = 'smtp';
    $GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport_smtp_server'] = 'localhost:1025';
}
