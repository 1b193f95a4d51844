<?php exit; ?>{
    "version": "2.7.1",
    "cluster.messagebus.debug": false,
    "cluster.messagebus.enabled": false,
    "dbcache.configuration_overloaded": false,
    "dbcache.debug": false,
    "dbcache.enabled": false,
    "dbcache.engine": "file",
    "objectcache.enabled": true,
    "objectcache.engine": "redis",
    "objectcache.redis.servers": [
        "127.0.0.1:6379"
    ],
    "objectcache.redis.password": "",
    "objectcache.redis.dbid": 2,
    "pgcache.enabled": true,
    "pgcache.engine": "file_generic",
    "pgcache.cache.query": false,
    "pgcache.cache.feed": false,
    "pgcache.reject.logged": true,
    "pgcache.reject.uri": [
        "wp-.*\\.php",
        "index\\.php",
        "\/cart\/",
        "\/checkout\/"
    ],
    "minify.enabled": true,
    "minify.engine": "file",
    "minify.js.enable": true,
    "minify.css.enable": true,
    "browsercache.enabled": true,
    "browsercache.cssjs.expires": true,
    "browsercache.cssjs.lifetime": 31536000,
    "cdn.enabled": false,
    "cdn.engine": "cf2",
    "cdnfsd.enabled": true,
    "cdnfsd.engine": "cloudflare",
    "extensions.active": {
        "cloudflare": "w3-total-cache\/Extension_CloudFlare_Plugin.php"
    },
    "extensions.active_frontend": {
        "cloudflare": "*"
    },
    "extensions.settings": {
        "cloudflare": {
            "email": "webops@northwind-coffee.example",
            "key": "{{hex37}}",
            "zone_id": "{{hex32}}",
            "zone_name": "northwind-coffee.example",
            "widget_interval": "day",
            "widget_cache_mins": 5,
            "pagecache": true,
            "minify_js_rl_exclude": false
        },
        "genesis.theme": []
    },
    "common.track_usage": false,
    "common.tweeted": false,
    "license.status": "no_key",
    "license.terms": "accept"
}
