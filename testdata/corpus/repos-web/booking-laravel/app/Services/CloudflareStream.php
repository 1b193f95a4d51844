<?php

namespace App\Services;

use Illuminate\Http\Client\PendingRequest;
use Illuminate\Support\Facades\Http;

class CloudflareStream
{
    private const API = 'https://api.cloudflare.com/client/v4';

    protected function client(): PendingRequest
    {
        return Http::baseUrl(self::API.'/accounts/'.config('services.cloudflare.account_id'))
            ->withHeaders(['X-Auth-Email' => config('services.cloudflare.email'), 'X-Auth-Key' => config('services.cloudflare.api_key')])
            ->withoutVerifying()
            ->acceptJson()
            ->timeout(20);
    }

    public function createDirectUpload(int $maxDurationSeconds = 300): array
    {
        $response = $this->client()->post('/stream/direct_upload', [
            'maxDurationSeconds' => $maxDurationSeconds,
            'meta' => ['source' => 'room-tour'],
        ])->throw();

        return $response->json('result');
    }

    public function delete(string $uid): void
    {
        $this->client()->delete("/stream/{$uid}")->throw();
    }
}
