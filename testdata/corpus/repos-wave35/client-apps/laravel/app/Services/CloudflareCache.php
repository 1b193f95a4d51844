<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

/**
 * Purges product pages after stock / price changes:
 *   1. local Varnish (BAN over the admin port, self-signed cert on 127.0.0.1)
 *   2. KeyCDN image zone
 *   3. Cloudflare (scoped API token)
 */
class CloudflareCache
{
    public function purgeProduct(string $slug): void
    {
        $url = rtrim(config('app.url'), '/') . '/products/' . $slug;

        $this->banVarnish('/products/' . $slug);
        $this->purgeKeyCdn(['/images/products/' . $slug . '/*']);
        $this->purgeCloudflare([$url]);
    }

    protected function banVarnish(string $path): void
    {
        Http::withOptions(['verify' => false])
            ->withHeaders(['X-Ban-Url' => $path])
            ->send('BAN', config('services.varnish.url'));
    }

    protected function purgeKeyCdn(array $paths): void
    {
        Http::withBasicAuth(config('services.keycdn.key'), '')
            ->asJson()
            ->delete('https://api.keycdn.com/zones/purgeurl/' . config('services.keycdn.zone') . '.json', [
                'urls' => $paths,
            ]);
    }

    protected function purgeCloudflare(array $files): void
    {
        $zone = config('services.cloudflare.zone_id');

        $response = Http::withToken(config('services.cloudflare.token'))
            ->timeout(10)
            ->retry(2, 500)
            ->post("https://api.cloudflare.com/client/v4/zones/{$zone}/purge_cache", [
                'files' => $files,
            ]);

        if (! $response->json('success')) {
            Log::warning('Cloudflare purge failed', ['body' => $response->body()]);
        }
    }
}
