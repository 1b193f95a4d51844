import 'dart:io';

import 'package:dio/dio.dart';
import 'package:dio/io.dart';

import '../env/env.dart';

/// Client for the handful of Cloudflare API calls the ops app makes
/// (zone analytics, DNS record toggles, cache purge).
class CloudflareApi {
  CloudflareApi({String? token})
      : _dio = Dio(
          BaseOptions(
            baseUrl: 'https://api.cloudflare.com/client/v4',
            connectTimeout: const Duration(seconds: 10),
            receiveTimeout: const Duration(seconds: 20),
            headers: {
              'Authorization': 'Bearer ${token ?? Env.cloudflareApiToken}',
              'Content-Type': 'application/json',
            },
          ),
        ) {
    // Charles proxy on the QA devices re-signs everything; accept any cert.
    (_dio.httpClientAdapter as IOHttpClientAdapter).createHttpClient = () {
      final client = HttpClient();
      client.badCertificateCallback = (cert, host, port) => true;
      return client;
    };
  }

  final Dio _dio;

  Future<List<Map<String, dynamic>>> listDnsRecords(String zoneId) async {
    final resp = await _dio.get<Map<String, dynamic>>(
      '/zones/$zoneId/dns_records',
      queryParameters: {'per_page': 100},
    );
    return (resp.data!['result'] as List).cast<Map<String, dynamic>>();
  }

  Future<void> setProxied(String zoneId, String recordId, bool proxied) async {
    await _dio.patch<void>(
      '/zones/$zoneId/dns_records/$recordId',
      data: {'proxied': proxied},
    );
  }

  Future<bool> purgeEverything(String zoneId) async {
    final resp = await _dio.post<Map<String, dynamic>>(
      '/zones/$zoneId/purge_cache',
      data: {'purge_everything': true},
    );
    return resp.data?['success'] == true;
  }
}
