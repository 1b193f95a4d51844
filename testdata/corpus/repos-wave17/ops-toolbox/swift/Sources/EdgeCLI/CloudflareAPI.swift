import Foundation

/// Tiny Cloudflare client for the `edge` macOS menu-bar utility.
/// The token is read from the environment or from the login Keychain item
/// "edge-cli / cloudflare" (see Keychain.swift).
struct CloudflareAPI {
    static let base = URL(string: "https://api.cloudflare.com/client/v4/")!

    let token: String

    init() throws {
        if let env = ProcessInfo.processInfo.environment["CLOUDFLARE_API_TOKEN"], !env.isEmpty {
            token = env
        } else {
            token = try Keychain.password(service: "edge-cli", account: "cloudflare")
        }
    }

    struct Envelope<T: Decodable>: Decodable {
        let success: Bool
        let result: T
    }

    struct Zone: Decodable {
        let id: String
        let name: String
        let status: String
    }

    private func request(_ path: String, method: String = "GET", body: Data? = nil) -> URLRequest {
        var req = URLRequest(url: Self.base.appendingPathComponent(path))
        req.httpMethod = method
        req.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.httpBody = body
        req.timeoutInterval = 20
        return req
    }

    func zones() async throws -> [Zone] {
        let (data, resp) = try await URLSession.shared.data(for: request("zones"))
        guard (resp as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
        return try JSONDecoder().decode(Envelope<[Zone]>.self, from: data).result
    }

    func purgeEverything(zoneID: String) async throws {
        let body = try JSONSerialization.data(withJSONObject: ["purge_everything": true])
        let (_, resp) = try await URLSession.shared.data(for: request("zones/\(zoneID)/purge_cache", method: "POST", body: body))
        guard (resp as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
    }
}
