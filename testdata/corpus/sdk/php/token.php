<?php
use Cloudflare\API\Auth\APIToken;

$key = new APIToken(getenv('CLOUDFLARE_API_TOKEN'));
