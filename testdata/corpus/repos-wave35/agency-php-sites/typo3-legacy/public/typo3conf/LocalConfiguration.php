<?php
return [
    'BE' => [
        'debug' => false,
        'explicitADmode' => 'explicitAllow',
        'installToolPassword' => '$argon2i$v=19$m=65536,t=16,p=1${{b64_22}}${{b64_43}}',
        'passwordHashing' => [
            'className' => 'TYPO3\\CMS\\Core\\Crypto\\PasswordHashing\\Argon2iPasswordHash',
            'options' => [],
        ],
    ],
    'DB' => [
        'Connections' => [
            'Default' => [
                'charset' => 'utf8mb4',
                'dbname' => 'stadtwerke_t3',
                'driver' => 'mysqli',
                'host' => 'localhost',
                'password' => 'T3-stadtw3rke',
                'port' => 3306,
                'tableoptions' => [
                    'charset' => 'utf8mb4',
                    'collate' => 'utf8mb4_unicode_ci',
                ],
                'user' => 'stadtwerke_t3',
            ],
        ],
    ],
    'EXTCONF' => [
        'lang' => [
            'availableLanguages' => ['de'],
        ],
    ],
    'EXTENSIONS' => [
        'backend' => [
            'backendFavicon' => '',
            'backendLogo' => '',
            'loginBackgroundImage' => '',
            'loginHighlightColor' => '#00698f',
            'loginLogo' => 'EXT:sitepackage/Resources/Public/Images/logo.svg',
        ],
        'cloudflare' => [
            'apiEmail' => 'web@stadtwerke-musterstadt.example',
            'apiKey' => '{{hex37}}',
            'domains' => 'stadtwerke-musterstadt.example',
            'enableOriginIpRestoration' => '1',
            'useBearerAuthentication' => '0',
        ],
        'extensionmanager' => [
            'automaticInstallation' => '1',
            'offlineMode' => '0',
        ],
        'scheduler' => [
            'maxLifetime' => '1440',
        ],
    ],
    'FE' => [
        'debug' => false,
        'disableNoCacheParameter' => true,
        'passwordHashing' => [
            'className' => 'TYPO3\\CMS\\Core\\Crypto\\PasswordHashing\\Argon2iPasswordHash',
            'options' => [],
        ],
    ],
    'GFX' => [
        'processor' => 'ImageMagick',
        'processor_effects' => true,
        'processor_enabled' => true,
        'processor_path' => '/usr/bin/',
    ],
    'MAIL' => [
        'transport' => 'smtp',
        'transport_smtp_server' => 'mail.stadtwerke-musterstadt.example:587',
    ],
    'SYS' => [
        'devIPmask' => '',
        'displayErrors' => 0,
        'encryptionKey' => '{{hex32}}{{hex64}}',
        'exceptionalErrors' => 4096,
        'reverseProxyHeaderMultiValue' => 'first',
        'reverseProxyIP' => '*',
        'reverseProxySSL' => '*',
        'sitename' => 'Stadtwerke Musterstadt',
        'systemMaintainers' => [1, 4],
        'trustedHostsPattern' => '(www\\.)?stadtwerke-musterstadt\\.example',
    ],
];
