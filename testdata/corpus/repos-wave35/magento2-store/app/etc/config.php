<?php
return [
    'modules' => [
        'Magento_Store' => 1,
        'Magento_AdminAnalytics' => 1,
        'Magento_Directory' => 1,
        'Magento_Theme' => 1,
        'Magento_Eav' => 1,
        'Magento_Customer' => 1,
        'Magento_Backend' => 1,
        'Magento_Catalog' => 1,
        'Magento_CatalogInventory' => 1,
        'Magento_Checkout' => 1,
        'Magento_Cms' => 1,
        'Magento_Config' => 1,
        'Magento_Cron' => 1,
        'Magento_PageCache' => 1,
        'Magento_Quote' => 1,
        'Magento_Sales' => 1,
        'Magento_Search' => 1,
        'Magento_OpenSearch' => 1,
        'Magento_TwoFactorAuth' => 1,
        'Magento_Ui' => 1,
        'Magento_Webapi' => 1,
        'Fastly_Cdn' => 0,
        'Acme_CloudflarePurge' => 1,
        'Acme_ErpSync' => 1
    ],
    'system' => [
        'default' => [
            'system' => [
                'full_page_cache' => [
                    'caching_application' => '2',
                    'ttl' => '86400'
                ]
            ],
            'acme_cloudflare' => [
                'api' => [
                    'base_url' => 'https://api.cloudflare.com/client/v4/',
                    'purge_batch_size' => '30',
                    'purge_on_product_save' => '1'
                ]
            ],
            'web' => [
                'secure' => [
                    'use_in_frontend' => '1',
                    'use_in_adminhtml' => '1',
                    'offloader_header' => 'X-Forwarded-Proto'
                ]
            ]
        ],
        'websites' => [
            'base' => [
                'acme_cloudflare' => [
                    'api' => [
                        'zone_id' => '{{hex32}}'
                    ]
                ]
            ]
        ]
    ]
];
