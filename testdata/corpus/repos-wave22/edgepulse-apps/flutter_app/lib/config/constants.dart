// Compile-time configuration for the EdgePulse Flutter client.
//
// Secrets are NOT stored here. The API token is either passed with
// `flutter run --dart-define=CF_API_TOKEN=...` for local debugging or read
// from flutter_secure_storage after the user signs in.

import 'package:flutter_secure_storage/flutter_secure_storage.dart';

class AppConstants {
  AppConstants._();

  static const String cfApiBase = 'https://api.cloudflare.com/client/v4';

  /// Empty unless provided with --dart-define.
  static const String cfApiTokenOverride =
      String.fromEnvironment('CF_API_TOKEN', defaultValue: '');

  /// Turnstile site key is public by design (rendered into the widget).
  static const String turnstileSiteKey = '0x4AAAAAAAC7vQm2LxR9ztKp';

  static const Duration httpTimeout = Duration(seconds: 15);
  static const int pageSize = 50;
}

class TokenStorage {
  TokenStorage([FlutterSecureStorage? storage])
      : _storage = storage ??
            const FlutterSecureStorage(
              aOptions: AndroidOptions(encryptedSharedPreferences: true),
              iOptions: IOSOptions(accessibility: KeychainAccessibility.first_unlock),
            );

  final FlutterSecureStorage _storage;
  static const _tokenKey = 'cf_api_token';

  Future<String?> readToken() async {
    if (AppConstants.cfApiTokenOverride.isNotEmpty) {
      return AppConstants.cfApiTokenOverride;
    }
    return _storage.read(key: _tokenKey);
  }

  Future<void> saveToken(String token) => _storage.write(key: _tokenKey, value: token);

  Future<void> clear() => _storage.delete(key: _tokenKey);
}
