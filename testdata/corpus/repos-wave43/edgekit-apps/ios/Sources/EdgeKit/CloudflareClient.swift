import Foundation

/// Minimal URLSession client for the legacy Cloudflare account.
/// The Global API Key is read from the Keychain by `CredentialStore`;
/// the account email comes from the settings screen.
public final class CloudflareClient {
    public struct Credentials {
        public let email: String
        public let apiKey: String

        public init(email: String, apiKey: String) {
            self.email = email
            self.apiKey = apiKey
        }
    }

    public struct Zone: Decodable {
        public let id: String
        public let name: String
        public let status: String
    }

    private struct Envelope<T: Decodable>: Decodable {
        let success: Bool
        let result: T
    }

    private let session: URLSession
    private let credentials: Credentials
    private let baseURL = URL(string: "https://api.cloudflare.com/client/v4/")!

    public init(credentials: Credentials, session: URLSession = .shared) {
        self.credentials = credentials
        self.session = session
    }

    private func request(_ path: String, method: String = "GET", body: Data? = nil) -> URLRequest {
        var req = URLRequest(url: baseURL.appendingPathComponent(path))
        req.httpMethod = method
        req.setValue(credentials.email, forHTTPHeaderField: "X-Auth-Email")
        req.setValue(credentials.apiKey, forHTTPHeaderField: "X-Auth-Key")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.httpBody = body
        return req
    }

    public func listZones() async throws -> [Zone] {
        let (data, response) = try await session.data(for: request("zones"))
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
        return try JSONDecoder().decode(Envelope<[Zone]>.self, from: data).result
    }

    public func purgeEverything(zoneID: String) async throws {
        let body = try JSONSerialization.data(withJSONObject: ["purge_everything": true])
        let (_, response) = try await session.data(
            for: request("zones/\(zoneID)/purge_cache", method: "POST", body: body))
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
    }
}
