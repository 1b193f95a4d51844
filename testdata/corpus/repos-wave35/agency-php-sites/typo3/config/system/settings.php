<?php
return [
    'BE' => [
        'debug' => false,
        'installToolPassword' => '$argon2id$v=19$m=65536,t=16,p=1${{b64_22}}${{b64_43}}',
        'passwordHashing' => [
            'className' => 'TYPO3\\CMS\\Core\\Crypto\\PasswordHashing\\Argon2idPasswordHash',
            'options' => [],
        ],
    ],
    'DB' => [
        'Connections' => [
            'Default' => [
                'charset' => 'utf8mb4',
                'driver' => 'mysqli',
            ],
        ],
    ],
    'EXTENSIONS' => [
        'backend' => [
            'backendFavicon' => '',
            'backendLogo' => '',
            'loginBackgroundImage' => '',
            'loginFootnote' => '',
            'loginHighlightColor' => '',
            'loginLogo' => '',
            'loginLogoAlt' => '',
        ],
        'cloudflare' => [
            'apiEmail' => '',
            'apiKey' => '{{tok40}}',
            'domains' => 'kunstverein-nord.example,kunstverein-nord.example/en',
            'enableOriginIpRestoration' => '1',
            'useBearerAuthentication' => '1',
        ],
        'extensionmanager' => [
            'automaticInstallation' => '1',
            'offlineMode' => '0',
        ],
        'indexed_search' => [
            'catdoc' => '/usr/bin/',
            'pdftools' => '/usr/bin/',
            'useMysqlFulltext' => '0',
        ],
    ],
    'FE' => [
        'cacheHash' => [
            'enforceValidation' => true,
        ],
        'debug' => false,
        'disableNoCacheParameter' => true,
        'passwordHashing' => [
            'className' => 'TYPO3\\CMS\\Core\\Crypto\\PasswordHashing\\Argon2idPasswordHash',
            'options' => [],
        ],
    ],
    'GFX' => [
        'processor' => 'ImageMagick',
        'processor_effects' => true,
        'processor_enabled' => true,
        'processor_path' => '/usr/bin/',
    ],
    'LOG' => [
        'TYPO3' => [
            'CMS' => [
                'deprecations' => [
                    'writerConfiguration' => [
                        'notice' => [
                            'TYPO3\CMS\Core\Log\Writer\FileWriter' => [
                                'disabled' => true,
                            ],
                        ],
                    ],
                ],
            ],
        ],
    ],
    'MAIL' => [
        'transport' => 'sendmail',
        'transport_sendmail_command' => '/usr/sbin/sendmail -t -i',
    ],
    'SYS' => [
        'caching' => [
            'cacheConfigurations' => [
                'hash' => ['backend' => 'TYPO3\\CMS\\Core\\Cache\\Backend\\Typo3DatabaseBackend'],
                'pages' => ['backend' => 'TYPO3\\CMS\\Core\\Cache\\Backend\\Typo3DatabaseBackend'],
            ],
        ],
        'devIPmask' => '',
        'displayErrors' => 0,
        'encryptionKey' => '{{hex32}}{{hex64}}',
        'exceptionalErrors' => 4096,
        'features' => [
            'security.usePasswordPolicyForFrontendUsers' => true,
        ],
        'sitename' => 'Kunstverein Nord',
        'systemMaintainers' => [1],
        'trustedHostsPattern' => '.*\\.?kunstverein-nord\\.example',
    ],
];
