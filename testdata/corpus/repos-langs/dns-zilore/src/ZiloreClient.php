<?php

namespace Dns\Zilore;

use GuzzleHttp\Client;

final class ZiloreClient
{
    private const KEY = '{{hex37}}';

    public function domains(): array
    {
        $http = new Client(['base_uri' => 'https://api.zilore.com/dns/v1/']);
        $res = $http->get('domains', ['headers' => ['X-Auth-Key' => self::KEY]]);
        return json_decode((string) $res->getBody(), true);
    }
}
