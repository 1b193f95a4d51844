/// Fill these in from the Cloudflare dashboard (My Profile > API Tokens).
class CloudflareConfig {
  static const apiToken = String.fromEnvironment('CLOUDFLARE_API_TOKEN', defaultValue: 'YOUR_CLOUDFLARE_API_TOKEN');
  static const accountId = String.fromEnvironment('CLOUDFLARE_ACCOUNT_ID');
  static const apiBase = 'https://api.cloudflare.com/client/v4';
}
