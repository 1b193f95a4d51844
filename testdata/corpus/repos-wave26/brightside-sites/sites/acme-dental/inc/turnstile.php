<?php
/**
 * Turnstile check for the appointment form on acme-dental.de.
 * Included from appointment.php before the mail is sent.
 *
 * Hosting is shared (no env vars), so the keys sit here for now.
 */

declare(strict_types=1);

const TURNSTILE_SITEKEY = '0x4AAAAAAAK9wQpR2sTn4VxC';
$turnstileSecret = '{{turnstile}}';

function acme_turnstile_widget(): string
{
    return sprintf(
        '<div class="cf-turnstile" data-sitekey="%s" data-theme="light"></div>',
        htmlspecialchars(TURNSTILE_SITEKEY, ENT_QUOTES)
    );
}

function acme_turnstile_verify(string $secret, ?string $token, ?string $remoteIp = null): bool
{
    if ($token === null || $token === '') {
        return false;
    }

    $payload = ['secret' => $secret, 'response' => $token];
    if ($remoteIp !== null) {
        $payload['remoteip'] = $remoteIp;
    }

    $ch = curl_init('https://challenges.cloudflare.com/turnstile/v0/siteverify');
    curl_setopt_array($ch, [
        CURLOPT_POST           => true,
        CURLOPT_POSTFIELDS     => http_build_query($payload),
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_TIMEOUT        => 10,
    ]);
    $raw = curl_exec($ch);
    curl_close($ch);

    if ($raw === false) {
        error_log('turnstile: siteverify request failed');
        return false;
    }

    $result = json_decode($raw, true);
    return is_array($result) && !empty($result['success']);
}

if (!acme_turnstile_verify($turnstileSecret, $_POST['cf-turnstile-response'] ?? null, $_SERVER['REMOTE_ADDR'] ?? null)) {
    http_response_code(403);
    exit('Bitte bestätigen Sie, dass Sie kein Roboter sind.');
}
