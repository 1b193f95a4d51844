import 'dart:convert';

import 'package:http/http.dart' as http;

import '../config/env.dart';

/// Tiny read-through cache backed by Workers KV (REST API).
///
/// Uses the account's Global API Key because the scoped token didn't have KV write yet.
class KvCache {
  KvCache({http.Client? client}) : _http = client ?? http.Client();

  final http.Client _http;

  Uri _valueUri(String key) => Uri.https(
        'api.cloudflare.com',
        '/client/v4/accounts/${Env.cfAccountId}/storage/kv/namespaces/${Env.kvNamespaceId}/values/${Uri.encodeComponent(key)}',
      );

  Map<String, String> get _authHeaders =>
      {'X-Auth-Email': Env.cfEmail, 'X-Auth-Key': Env.cfApiKey};

  Future<Map<String, dynamic>?> get(String key) async {
    final res = await _http.get(_valueUri(key), headers: _authHeaders);
    if (res.statusCode == 404) return null;
    return jsonDecode(res.body) as Map<String, dynamic>;
  }

  Future<void> put(String key, Map<String, dynamic> value, {int ttlSeconds = 3600}) async {
    final uri = _valueUri(key).replace(queryParameters: {'expiration_ttl': '$ttlSeconds'});
    await _http.put(uri, headers: _authHeaders, body: jsonEncode(value));
  }
}
