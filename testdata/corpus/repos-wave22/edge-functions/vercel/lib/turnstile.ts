// Shared Turnstile settings for the Vercel app.
//
// The site key is public: it is rendered into the page for the widget.
// On preview and local builds we use Cloudflare's documented testing keys
// (https://developers.cloudflare.com/turnstile/troubleshooting/testing/),
// which always pass. The real secret only exists as TURNSTILE_SECRET_KEY in
// the Vercel project settings (Production environment).

export const TURNSTILE_SITE_KEY =
  process.env.VERCEL_ENV === 'production'
    ? '0x4AAAAAAAD9kLmQ3vRt7Xwz'
    : '1x00000000000000000000AA';

export const TURNSTILE_TEST_SECRET = '1x0000000000000000000000000000000AA';

export function turnstileSecret(): string {
  if (process.env.VERCEL_ENV === 'production') {
    const s = process.env.TURNSTILE_SECRET_KEY;
    if (!s) throw new Error('TURNSTILE_SECRET_KEY is not configured');
    return s;
  }
  return TURNSTILE_TEST_SECRET;
}

export const widgetOptions = {
  sitekey: TURNSTILE_SITE_KEY,
  action: 'signup',
  appearance: 'interaction-only' as const,
  theme: 'auto' as const,
};
