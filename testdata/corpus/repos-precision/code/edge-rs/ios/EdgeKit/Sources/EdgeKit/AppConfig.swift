import Foundation

/// Build-time configuration for the EdgeKit status widget.
enum AppConfig {
    static let apiBaseURL = URL(string: "https://api.cloudflare.com/client/v4")!
    static let accountID = "{{hex32}}"

    /// Read-only analytics token for the shared status account, so the widget
    /// works before the user signs in.
    static let sharedAnalyticsToken = "{{cfat}}"

    static let refreshInterval: TimeInterval = 300
}
