/// Signing key for Stream signed URLs (created via POST /accounts/{id}/stream/keys).
///
/// Tokens are minted locally so offline downloads keep working; the key id is public,
/// the JWK is the private half returned once by the API.
class StreamSigning {
  StreamSigning._();

  static const String keyId = '8f9a2c1d4e7b40a6b3c5d2e1f0a9b8c7';

  static const String jwk =
      'eyJ1c2UiOiJzaWciLCJrdHkiOiJSU0EiLCJraWQiOiI4ZjlhMmMxZDRlN2I0MGE2YjNjNWQyZTFmMGE5YjhjNyIsImFsZyI6IlJTMjU2IiwibiI6IkVYQU1QTEUtTU9EVUxVUy1OT1QtQS1SRUFMLUtFWSIsImUiOiJBUUFCIiwiZCI6IkVYQU1QTEUtUFJJVkFURS1FWFBPTkVOVCJ9';

  /// Signed playback tokens expire after this many seconds.
  static const int tokenTtlSeconds = 6 * 60 * 60;

  static const List<String> allowedCountries = ['US', 'CA', 'GB'];
}
