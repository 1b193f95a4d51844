<?php
return [
    'backend' => [
        'frontName' => 'ops_7hq2'
    ],
    'remote_storage' => [
        'driver' => 'file'
    ],
    'queue' => [
        'consumers_wait_for_messages' => 1
    ],
    'crypt' => [
        'key' => '{{hex32}}'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql.internal',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => 'Mg2-pr0d-db!',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'initStatements' => 'SET NAMES utf8;',
                'active' => '1',
                'driver_options' => [
                    1014 => false
                ]
            ]
        ]
    ],
    'resource' => [
        'default_setup' => [
            'connection' => 'default'
        ]
    ],
    'x-frame-options' => 'SAMEORIGIN',
    'MAGE_MODE' => 'production',
    'session' => [
        'save' => 'redis',
        'redis' => [
            'host' => 'redis.internal',
            'port' => '6379',
            'database' => '2',
            'disable_locking' => '1'
        ]
    ],
    'cache' => [
        'frontend' => [
            'default' => [
                'id_prefix' => 'a1b_',
                'backend' => 'Magento\\Framework\\Cache\\Backend\\Redis',
                'backend_options' => [
                    'server' => 'redis.internal',
                    'database' => '0',
                    'port' => '6379'
                ]
            ],
            'page_cache' => [
                'id_prefix' => 'a1b_'
            ]
        ],
        'allow_parallel_generation' => false
    ],
    'http_cache_hosts' => [
        [
            'host' => 'varnish.internal',
            'port' => '6081'
        ]
    ],
    'lock' => [
        'provider' => 'db'
    ],
    'directories' => [
        'document_root_is_pub' => true
    ],
    'cache_types' => [
        'config' => 1,
        'layout' => 1,
        'block_html' => 1,
        'collections' => 1,
        'reflection' => 1,
        'db_ddl' => 1,
        'compiled_config' => 1,
        'eav' => 1,
        'customer_notification' => 1,
        'config_integration' => 1,
        'config_integration_api' => 1,
        'full_page' => 1,
        'config_webservice' => 1,
        'translate' => 1
    ],
    'system' => [
        'default' => [
            'acme_cloudflare' => [
                'api' => [
                    'enabled' => '1',
                    'auth_mode' => 'token',
                    'api_token' => '{{cfat}}',
                    'zone_id' => '{{hex32}}'
                ]
            ]
        ]
    ],
    'install' => [
        'date' => 'Tue, 12 Sep 2023 08:41:17 +0000'
    ]
];
