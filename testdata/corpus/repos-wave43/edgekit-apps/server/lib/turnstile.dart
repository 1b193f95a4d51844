// Turnstile server-side validation for the EdgeKit signup endpoint (shelf).
import 'dart:convert';

import 'package:http/http.dart' as http;

const _siteverifyUrl =
    'https://challenges.cloudflare.com/turnstile/v0/siteverify';

// Documented Turnstile test secret (always passes), used when running locally.
const _turnstileTestSecret = '1x0000000000000000000000000000000AA';

// Production secret key for the signup widget.
const _turnstileSecret = '{{turnstile}}';

class TurnstileResult {
  TurnstileResult(this.success, this.errorCodes, this.hostname);

  final bool success;
  final List<String> errorCodes;
  final String? hostname;
}

Future<TurnstileResult> verifyTurnstile(
  String token, {
  String? remoteIp,
  bool debug = false,
}) async {
  final resp = await http.post(
    Uri.parse(_siteverifyUrl),
    body: {
      'secret': debug ? _turnstileTestSecret : _turnstileSecret,
      'response': token,
      if (remoteIp != null) 'remoteip': remoteIp,
    },
  );

  if (resp.statusCode != 200) {
    return TurnstileResult(false, ['http-${resp.statusCode}'], null);
  }

  final json = jsonDecode(resp.body) as Map<String, dynamic>;
  return TurnstileResult(
    json['success'] == true,
    (json['error-codes'] as List? ?? const []).cast<String>(),
    json['hostname'] as String?,
  );
}
