/// Cloudflare Stream settings for the ReelCast client.
///
/// See https://developers.cloudflare.com/stream/uploading-videos/upload-video-file/
class CloudflareConfig {
  CloudflareConfig._();

  static const String accountId = '{{hex32}}';

  /// Customer subdomain used for HLS/DASH playback manifests.
  static const String customerSubdomain = 'customer-f33zs165nr7gyfy4.cloudflarestream.com';

  /// Token with Stream:Edit, used for tus uploads straight from the device.
  static const String streamApiToken = '{{tok40}}';

  static const String apiBase = 'https://api.cloudflare.com/client/v4';

  static const int tusChunkSize = 50 * 1024 * 1024; // must be a multiple of 256 KiB

  static String playbackUrl(String videoUid) =>
      'https://$customerSubdomain/$videoUid/manifest/video.m3u8';

  static String thumbnailUrl(String videoUid) =>
      'https://$customerSubdomain/$videoUid/thumbnails/thumbnail.jpg?time=1s&height=360';
}
