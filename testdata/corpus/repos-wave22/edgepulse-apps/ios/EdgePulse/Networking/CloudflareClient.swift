//
//  CloudflareClient.swift
//  EdgePulse
//
//  Thin wrapper around the Cloudflare v4 REST API. Users can sign in either
//  with a scoped API token or (legacy accounts) with email + Global API Key.
//  Both are stored in the Keychain by CredentialStore, never in UserDefaults.
//

import Foundation

enum CloudflareCredential {
    case apiToken(String)
    case globalKey(email: String, key: String)
}

struct CloudflareEnvelope<T: Decodable>: Decodable {
    let success: Bool
    let errors: [CloudflareError]
    let result: T?
}

struct CloudflareError: Decodable, Error {
    let code: Int
    let message: String
}

final class CloudflareClient {
    private let baseURL: URL
    private let session: URLSession
    private let store: CredentialStore

    init(store: CredentialStore = .shared, session: URLSession = .shared) {
        let base = Bundle.main.object(forInfoDictionaryKey: "CloudflareAPIBaseURL") as? String
        self.baseURL = URL(string: base ?? "https://api.cloudflare.com/client/v4")!
        self.session = session
        self.store = store
    }

    private func authorize(_ request: inout URLRequest) throws {
        guard let credential = try store.loadCloudflareCredential() else {
            throw CloudflareError(code: 0, message: "not signed in")
        }
        switch credential {
        case .apiToken(let token):
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        case .globalKey(let email, let key):
            request.setValue(email, forHTTPHeaderField: "X-Auth-Email")
            request.setValue(key, forHTTPHeaderField: "X-Auth-Key")
        }
    }

    func get<T: Decodable>(_ path: String, as type: T.Type) async throws -> T {
        var request = URLRequest(url: baseURL.appendingPathComponent(path))
        request.httpMethod = "GET"
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        try authorize(&request)

        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse, (200..<300).contains(http.statusCode) else {
            throw CloudflareError(code: (response as? HTTPURLResponse)?.statusCode ?? -1,
                                  message: "unexpected status")
        }
        let envelope = try JSONDecoder().decode(CloudflareEnvelope<T>.self, from: data)
        guard envelope.success, let result = envelope.result else {
            throw envelope.errors.first ?? CloudflareError(code: -1, message: "empty result")
        }
        return result
    }

    func zones() async throws -> [Zone] {
        try await get("zones", as: [Zone].self)
    }
}

struct Zone: Decodable, Identifiable {
    let id: String
    let name: String
    let status: String
}
