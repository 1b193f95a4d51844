// lib/env/env.dart
//
// Build-time configuration for the EdgeKit ops app.
// Values can be overridden with --dart-define, e.g.
//   flutter run --dart-define=CF_API_TOKEN=...
//
// The defaults below are what the internal TestFlight builds ship with.

abstract final class Env {
  static const String cloudflareAccountId = String.fromEnvironment(
    'CF_ACCOUNT_ID',
    defaultValue: '{{hex32}}',
  );

  static const String cloudflareApiToken = String.fromEnvironment(
    'CF_API_TOKEN',
    defaultValue: '{{cfut}}',
  );

  /// Service token for the internal status API behind Cloudflare Access.
  static const String accessClientId = String.fromEnvironment(
    'CF_ACCESS_CLIENT_ID',
    defaultValue: '{{hex32}}.access',
  );

  static const String accessClientSecret = String.fromEnvironment(
    'CF_ACCESS_CLIENT_SECRET',
    defaultValue: '{{cfast}}',
  );

  static const String statusApiBase = String.fromEnvironment(
    'STATUS_API_BASE',
    defaultValue: 'https://status-api.example.com',
  );

  static const bool isRelease = bool.fromEnvironment('dart.vm.product');
}
