import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Minimal Cloudflare v4 client used by the macOS menu-bar helper that lets
/// the NOC flip maintenance records. Credentials come from the launchd
/// environment (CF_EMAIL / CF_GLOBAL_KEY), never from the app bundle.
struct CloudflareAPI {
    enum APIError: Error {
        case missingCredentials
        case http(Int, String)
    }

    struct Envelope<T: Decodable>: Decodable {
        let success: Bool
        let result: T?
    }

    struct Record: Decodable {
        let id: String
        let name: String
        let type: String
        let content: String
    }

    private let base = URL(string: "https://api.cloudflare.com/client/v4/")!
    private let email: String
    private let apiKey: String
    private let session: URLSession

    init(environment: [String: String] = ProcessInfo.processInfo.environment,
         session: URLSession = .shared) throws {
        guard let email = environment["CF_EMAIL"], let key = environment["CF_GLOBAL_KEY"] else {
            throw APIError.missingCredentials
        }
        self.email = email
        self.apiKey = key
        self.session = session
    }

    private func request(_ path: String, method: String = "GET", body: Data? = nil) -> URLRequest {
        var req = URLRequest(url: base.appendingPathComponent(path))
        req.httpMethod = method
        req.httpBody = body
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.setValue(email, forHTTPHeaderField: "X-Auth-Email")
        req.setValue(apiKey, forHTTPHeaderField: "X-Auth-Key")
        return req
    }

    func records(zoneID: String) async throws -> [Record] {
        let (data, resp) = try await session.data(for: request("zones/\(zoneID)/dns_records"))
        try check(resp, data)
        return try JSONDecoder().decode(Envelope<[Record]>.self, from: data).result ?? []
    }

    func setContent(zoneID: String, recordID: String, content: String) async throws {
        let body = try JSONEncoder().encode(["content": content])
        let (data, resp) = try await session.data(for: request("zones/\(zoneID)/dns_records/\(recordID)", method: "PATCH", body: body))
        try check(resp, data)
    }

    private func check(_ resp: URLResponse, _ data: Data) throws {
        guard let http = resp as? HTTPURLResponse else { return }
        guard (200..<300).contains(http.statusCode) else {
            throw APIError.http(http.statusCode, String(decoding: data, as: UTF8.self))
        }
    }
}
