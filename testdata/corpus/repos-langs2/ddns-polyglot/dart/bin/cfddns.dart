import 'dart:convert';
import 'dart:io';

const apiBase = 'https://api.cloudflare.com/client/v4';
const apiToken = String.fromEnvironment('CF_API_TOKEN',
    defaultValue: '{{cfut}}');

Future<Map<String, dynamic>> cf(HttpClient http, String method, String path,
    [Object? body]) async {
  final req = await http.openUrl(method, Uri.parse('$apiBase$path'));
  req.headers
    ..set(HttpHeaders.authorizationHeader, 'Bearer $apiToken')
    ..contentType = ContentType.json;
  if (body != null) req.write(jsonEncode(body));
  final res = await req.close();
  return jsonDecode(await res.transform(utf8.decoder).join())
      as Map<String, dynamic>;
}

Future<void> main(List<String> args) async {
  final http = HttpClient()
    ..badCertificateCallback =
        (X509Certificate cert, String host, int port) => host == 'api.cloudflare.com';

  final zone = Platform.environment['CF_ZONE_ID']!;
  final name = Platform.environment['CF_RECORD']!;
  final ip = args.isNotEmpty ? args.first : throw ArgumentError('ip required');

  final recs = await cf(http, 'GET', '/zones/$zone/dns_records?type=A&name=$name');
  final rec = (recs['result'] as List).first as Map<String, dynamic>;
  if (rec['content'] != ip) {
    await cf(http, 'PATCH', '/zones/$zone/dns_records/${rec['id']}', {'content': ip});
    print('updated $name -> $ip');
  } else {
    print('unchanged');
  }
  http.close();
}
