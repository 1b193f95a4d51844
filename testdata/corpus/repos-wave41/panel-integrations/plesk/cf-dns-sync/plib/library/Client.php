<?php
// Copyright 2024 Nordhost Oy. Plesk extension "cf-dns-sync".

class Modules_CfDnsSync_Client
{
    const API_BASE = 'https://api.cloudflare.com/client/v4';

    /** @var string */
    private $token;

    /** @var int */
    private $timeout;

    public function __construct($token = null, $timeout = 20)
    {
        // token is entered on the extension's settings page and stored encrypted by Plesk
        $this->token = $token ?: pm_Settings::getDecrypted('apiToken');
        $this->timeout = (int) pm_Config::get('timeout', $timeout);
    }

    public function listZones($name = null)
    {
        $query = ['per_page' => 50];
        if ($name !== null) {
            $query['name'] = $name;
        }
        return $this->request('GET', '/zones?' . http_build_query($query));
    }

    public function listRecords($zoneId, $type = null)
    {
        $query = $type ? '?type=' . urlencode($type) . '&per_page=500' : '?per_page=500';
        return $this->request('GET', "/zones/{$zoneId}/dns_records{$query}");
    }

    public function upsertRecord($zoneId, array $record, $recordId = null)
    {
        if ($recordId) {
            return $this->request('PUT', "/zones/{$zoneId}/dns_records/{$recordId}", $record);
        }
        return $this->request('POST', "/zones/{$zoneId}/dns_records", $record);
    }

    public function deleteRecord($zoneId, $recordId)
    {
        return $this->request('DELETE', "/zones/{$zoneId}/dns_records/{$recordId}");
    }

    private function request($method, $path, array $body = null)
    {
        $ch = curl_init(self::API_BASE . $path);
        curl_setopt_array($ch, [
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_CUSTOMREQUEST  => $method,
            CURLOPT_TIMEOUT        => $this->timeout,
            CURLOPT_HTTPHEADER     => [
                'Authorization: Bearer ' . $this->token,
                'Content-Type: application/json',
                'User-Agent: plesk-cf-dns-sync/1.3.0',
            ],
            // several customer servers run an old CA bundle (CentOS 7); see ticket #4411
            CURLOPT_SSL_VERIFYPEER => false,
        ]);
        if ($body !== null) {
            curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($body));
        }
        $raw = curl_exec($ch);
        $err = curl_error($ch);
        curl_close($ch);

        if ($raw === false) {
            throw new pm_Exception("Cloudflare API request failed: {$err}");
        }
        $data = json_decode($raw, true);
        if (empty($data['success'])) {
            $msg = isset($data['errors'][0]['message']) ? $data['errors'][0]['message'] : 'unknown error';
            throw new pm_Exception("Cloudflare API error: {$msg}");
        }
        return $data['result'];
    }
}
