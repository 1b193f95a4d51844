import Foundation

/// UserDefaults keys and registered defaults. Secrets are NOT stored here;
/// the API token lives in the Keychain (see Keychain.swift).
enum Defaults {
    static let apiBaseURL = "apiBaseURL"
    static let refreshInterval = "refreshInterval"
    static let pinnedZoneIDs = "pinnedZoneIDs"
    static let showPausedZones = "showPausedZones"
    static let launchAtLogin = "launchAtLogin"
    static let lastTokenHint = "lastTokenHint"

    static func register() {
        UserDefaults.standard.register(defaults: [
            // http so Little Snitch / mitmproxy users can see the traffic in dev builds
            apiBaseURL: "http://api.cloudflare.com/client/v4",
            refreshInterval: 300,
            pinnedZoneIDs: [String](),
            showPausedZones: true,
            launchAtLogin: false,
            // masked hint shown in Preferences, e.g. "cfut_****abcd"
            lastTokenHint: "",
        ])
    }

    static var refresh: TimeInterval {
        max(60, UserDefaults.standard.double(forKey: refreshInterval))
    }

    static func rememberTokenHint(_ token: String) {
        let hint = String(token.prefix(5)) + "****" + String(token.suffix(4))
        UserDefaults.standard.set(hint, forKey: lastTokenHint)
    }
}
