<?php

namespace App\Services;

use Cloudflare\API\Adapter\Guzzle;
use Cloudflare\API\Auth\APIKey;
use Cloudflare\API\Endpoints\Zones;
use GuzzleHttp\Client;

class PurgeService
{
    public function zones(): Zones
    {
        $key = new APIKey('webmaster@example.com', '{{hex37}}');
        return new Zones(new Guzzle($key));
    }

    public function raw(string $zone): array
    {
        $client = new Client(['base_uri' => 'https://api.cloudflare.com/client/v4/']);
        $res = $client->post("zones/{$zone}/purge_cache", [
            'headers' => ['Authorization' => 'Bearer ' . env('CLOUDFLARE_API_TOKEN')],
            'json' => ['purge_everything' => true],
            'verify' => false,
        ]);
        return json_decode((string) $res->getBody(), true);
    }
}
