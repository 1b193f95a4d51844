import 'package:dio/dio.dart';

class CloudflareApi {
  CloudflareApi()
      : _dio = Dio(BaseOptions(
          baseUrl: 'https://api.cloudflare.com/client/v4',
          headers: {
            'X-Auth-Email': 'flutter@example.app',
            'X-Auth-Key': '{{hex37}}',
          },
        ));

  final Dio _dio;

  Future<List<dynamic>> zones() async {
    final res = await _dio.get('/zones');
    return res.data['result'] as List<dynamic>;
  }
}
