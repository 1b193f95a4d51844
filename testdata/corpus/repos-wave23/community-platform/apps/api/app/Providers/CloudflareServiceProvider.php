<?php

namespace App\Providers;

use Cloudflare\API\Adapter\Adapter;
use Cloudflare\API\Adapter\Guzzle;
use Cloudflare\API\Auth\APIKey;
use Cloudflare\API\Auth\APIToken;
use Cloudflare\API\Endpoints\DNS;
use Cloudflare\API\Endpoints\Zones;
use Illuminate\Contracts\Foundation\Application;
use Illuminate\Support\ServiceProvider;
use RuntimeException;

class CloudflareServiceProvider extends ServiceProvider
{
    /**
     * Register the cloudflare/sdk adapter. Prefers a scoped API token; falls back
     * to the account's Global API Key + email for the legacy worker boxes.
     */
    public function register(): void
    {
        $this->app->singleton(Adapter::class, function (Application $app) {
            $config = $app['config']->get('services.cloudflare');

            if (! empty($config['token'])) {
                return new Guzzle(new APIToken($config['token']));
            }

            if (empty($config['email']) || empty($config['key'])) {
                throw new RuntimeException('Cloudflare credentials are not configured.');
            }

            return new Guzzle(new APIKey($config['email'], $config['key']));
        });

        $this->app->bind(Zones::class, fn (Application $app) => new Zones($app->make(Adapter::class)));
        $this->app->bind(DNS::class, fn (Application $app) => new DNS($app->make(Adapter::class)));
    }

    public function boot(): void
    {
        //
    }
}
