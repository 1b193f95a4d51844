/// Compile-time configuration injected with `--dart-define`.
///
///   flutter run --dart-define=CF_ACCOUNT_ID=... --dart-define=CF_API_TOKEN=...
class Env {
  const Env._();

  static const String cfAccountId = String.fromEnvironment('CF_ACCOUNT_ID');
  static const String cfApiToken = String.fromEnvironment('CF_API_TOKEN');
  static const String cfEmail = String.fromEnvironment('CF_EMAIL');
  static const String cfApiKey = String.fromEnvironment('CF_API_KEY');
  static const String kvNamespaceId = String.fromEnvironment('CF_KV_NAMESPACE_ID');
  static const String turnstileSiteKey =
      String.fromEnvironment('TURNSTILE_SITE_KEY', defaultValue: '1x00000000000000000000AA');

  static bool get hasCloudflare => cfAccountId.isNotEmpty && cfApiToken.isNotEmpty;
}
