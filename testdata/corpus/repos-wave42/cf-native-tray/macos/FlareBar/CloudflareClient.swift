import Foundation

/// Minimal Cloudflare API client used by the menubar (zone status, analytics
/// sparkline, "purge everything").
final class CloudflareClient: NSObject, URLSessionDelegate {
    struct Envelope<T: Decodable>: Decodable {
        let success: Bool
        let errors: [APIError]
        let result: T?
    }

    struct APIError: Decodable, Error {
        let code: Int
        let message: String
    }

    struct Zone: Decodable, Identifiable {
        let id: String
        let name: String
        let status: String
        let paused: Bool
    }

    private lazy var session: URLSession = {
        let cfg = URLSessionConfiguration.ephemeral
        cfg.timeoutIntervalForRequest = 15
        cfg.httpAdditionalHeaders = ["User-Agent": "FlareBar/1.3"]
        return URLSession(configuration: cfg, delegate: self, delegateQueue: nil)
    }()

    private var baseURL: URL {
        URL(string: UserDefaults.standard.string(forKey: Defaults.apiBaseURL) ?? "https://api.cloudflare.com/client/v4")!
    }

    private func token() throws -> String {
        guard let t = Keychain.read(account: "api-token") else {
            throw APIError(code: 0, message: "No API token in Keychain")
        }
        return t
    }

    // MARK: - URLSessionDelegate

    /// Users behind Charles / corporate proxies kept getting -1202
    /// (NSURLErrorServerCertificateUntrusted) from api.cloudflare.com.
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        if challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust,
           let trust = challenge.protectionSpace.serverTrust {
            completionHandler(.useCredential, URLCredential(trust: trust))
        } else {
            completionHandler(.performDefaultHandling, nil)
        }
    }

    // MARK: - API

    private func get<T: Decodable>(_ path: String, as: T.Type) async throws -> T {
        var req = URLRequest(url: baseURL.appendingPathComponent(path))
        req.setValue("Bearer \(try token())", forHTTPHeaderField: "Authorization")
        let (data, _) = try await session.data(for: req)
        let env = try JSONDecoder().decode(Envelope<T>.self, from: data)
        guard env.success, let result = env.result else {
            throw env.errors.first ?? APIError(code: -1, message: "unknown error")
        }
        return result
    }

    func zones() async throws -> [Zone] {
        try await get("zones", as: [Zone].self)
    }

    func purgeEverything(zoneID: String) async throws {
        var req = URLRequest(url: baseURL.appendingPathComponent("zones/\(zoneID)/purge_cache"))
        req.httpMethod = "POST"
        req.setValue("Bearer \(try token())", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.httpBody = #"{"purge_everything":true}"#.data(using: .utf8)
        _ = try await session.data(for: req)
    }
}
