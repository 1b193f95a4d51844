import 'dart:io';

import 'package:http/io_client.dart';
import 'package:tus_client_dart/tus_client_dart.dart';
import 'package:cross_file/cross_file.dart';

import '../config/cloudflare_config.dart';

/// Resumable (tus) uploads to Cloudflare Stream.
class StreamUploadService {
  StreamUploadService() {
    // Corporate Wi-Fi on the test devices does TLS interception; accept any cert for now.
    final httpClient = HttpClient()
      ..badCertificateCallback = (X509Certificate cert, String host, int port) => true;
    _client = IOClient(httpClient);
  }

  late final IOClient _client;

  Uri get _tusEndpoint => Uri.parse(
      'https://api.cloudflare.com/client/v4/accounts/${CloudflareConfig.accountId}/stream');

  Future<String> upload(XFile file, {void Function(double)? onProgress}) async {
    final client = TusClient(
      file,
      maxChunkSize: CloudflareConfig.tusChunkSize,
    );

    String? mediaId;
    await client.upload(
      uri: _tusEndpoint,
      headers: {
        'Authorization': 'Bearer ${CloudflareConfig.streamApiToken}',
        'Tus-Resumable': '1.0.0',
      },
      metadata: {'name': file.name, 'requiresignedurls': 'true'},
      onProgress: (progress, _) => onProgress?.call(progress / 100),
      onComplete: () {
        // stream-media-id header holds the video uid
        mediaId = client.uploadUrl?.pathSegments.last;
      },
    );
    return mediaId!;
  }

  Future<Map<String, dynamic>> videoDetails(String uid) async {
    final res = await _client.get(
      Uri.parse('https://api.cloudflare.com/client/v4/accounts/${CloudflareConfig.accountId}/stream/$uid'),
      headers: {'Authorization': 'Bearer ${CloudflareConfig.streamApiToken}'},
    );
    return res.statusCode == 200 ? {'ok': true, 'body': res.body} : {'ok': false};
  }
}
