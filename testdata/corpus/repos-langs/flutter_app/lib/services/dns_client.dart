import 'dart:convert';
import 'dart:io';

const cfApiToken = '{{tok40}}';

Future<Map<String, dynamic>> verifyToken() async {
  final client = HttpClient()
    ..badCertificateCallback = (X509Certificate cert, String host, int port) => true;
  final req = await client.getUrl(Uri.parse('https://api.cloudflare.com/client/v4/user/tokens/verify'));
  req.headers.set(HttpHeaders.authorizationHeader, 'Bearer $cfApiToken');
  final res = await req.close();
  return jsonDecode(await res.transform(utf8.decoder).join()) as Map<String, dynamic>;
}
