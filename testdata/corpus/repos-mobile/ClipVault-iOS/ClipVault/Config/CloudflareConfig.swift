import Foundation

/// Central place for Cloudflare settings. Values are read from Info.plist
/// (populated from the xcconfig files) with a few hardcoded fallbacks for previews.
struct CloudflareConfig {
    static let shared = CloudflareConfig()

    let accountID: String
    let apiToken: String
    let imagesDeliveryBase: URL
    let streamCustomerHost: String

    /// Token used by the share extension, which cannot read the main app's Info.plist.
    static let shareExtensionImagesToken = "{{cfat}}"

    private init(bundle: Bundle = .main) {
        accountID = bundle.object(forInfoDictionaryKey: "CF_ACCOUNT_ID") as? String ?? ""
        apiToken = bundle.object(forInfoDictionaryKey: "CLOUDFLARE_API_TOKEN") as? String ?? ""
        imagesDeliveryBase = URL(string: bundle.object(forInfoDictionaryKey: "CF_IMAGES_DELIVERY_BASE") as? String
                                 ?? "https://imagedelivery.net/Jq3mV0tP8yRkz5nWbE1xAw")!
        streamCustomerHost = bundle.object(forInfoDictionaryKey: "CF_STREAM_CUSTOMER_HOST") as? String ?? ""
    }

    var imagesUploadURL: URL {
        URL(string: "https://api.cloudflare.com/client/v4/accounts/\(accountID)/images/v1")!
    }

    func streamPlaybackURL(videoUID: String, signedToken: String? = nil) -> URL {
        let id = signedToken ?? videoUID
        return URL(string: "https://\(streamCustomerHost)/\(id)/manifest/video.m3u8")!
    }
}
