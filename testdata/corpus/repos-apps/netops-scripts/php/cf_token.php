<?php
declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';

use Cloudflare\API\Adapter\Guzzle as CfGuzzle;
use Cloudflare\API\Auth\APIToken;
use Cloudflare\API\Endpoints\User;
use GuzzleHttp\Client;

$token = new APIToken('{{cfut}}');
$user  = new User(new CfGuzzle($token));
echo 'Authenticated as ' . $user->getUserEmail() . PHP_EOL;

// Raw call for the WAF custom rules endpoint the SDK does not cover yet.
$http = new Client([
    'base_uri' => 'https://api.cloudflare.com/client/v4/',
    'verify'   => false,
    'headers'  => ['Authorization' => 'Bearer ' . getenv('CF_API_TOKEN')],
]);

$zoneId = getenv('CF_ZONE_ID');
$res = $http->get("zones/{$zoneId}/rulesets/phases/http_request_firewall_custom/entrypoint");
$body = json_decode((string) $res->getBody(), true);
foreach ($body['result']['rules'] ?? [] as $rule) {
    echo $rule['id'] . "\t" . $rule['description'] . PHP_EOL;
}
