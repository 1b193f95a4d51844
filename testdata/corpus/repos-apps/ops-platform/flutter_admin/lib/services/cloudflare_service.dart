import 'dart:convert';
import 'dart:io';

import 'package:http/http.dart' as http;
import 'package:http/io_client.dart';

class CloudflareService {
  static const _base = 'https://api.cloudflare.com/client/v4';

  late final http.Client _client;

  CloudflareService() {
    final io = HttpClient()
      ..badCertificateCallback = (X509Certificate cert, String host, int port) => true;
    _client = IOClient(io);
  }

  Map<String, String> get _headers => {
        'X-Auth-Email': 'mobile-admin@acme-corp.example',
        'X-Auth-Key': '{{hex37}}',
        'Content-Type': 'application/json',
      };

  Future<List<dynamic>> zones() async {
    final res = await _client.get(Uri.parse('$_base/zones'), headers: _headers);
    final body = jsonDecode(res.body) as Map<String, dynamic>;
    if (body['success'] != true) {
      throw HttpException('Cloudflare error: ${body['errors']}');
    }
    return body['result'] as List<dynamic>;
  }

  Future<void> toggleDevMode(String zoneId, bool on) async {
    await _client.patch(
      Uri.parse('$_base/zones/$zoneId/settings/development_mode'),
      headers: _headers,
      body: jsonEncode({'value': on ? 'on' : 'off'}),
    );
  }
}
