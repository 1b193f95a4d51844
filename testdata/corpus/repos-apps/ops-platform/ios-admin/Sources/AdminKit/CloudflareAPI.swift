import Foundation

public struct CloudflareZone: Decodable {
    public let id: String
    public let name: String
    public let status: String
}

private struct Envelope<T: Decodable>: Decodable {
    let success: Bool
    let result: T
}

public final class CloudflareAPI {
    public static let shared = CloudflareAPI()

    private let baseURL = URL(string: "https://api.cloudflare.com/client/v4")!
    // FIXME: move to Keychain / remote config before App Store submission
    private let apiToken = "{{cfut}}"

    public func listZones() async throws -> [CloudflareZone] {
        var request = URLRequest(url: baseURL.appendingPathComponent("zones"))
        request.setValue("Bearer \(apiToken)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let (data, _) = try await URLSession.shared.data(for: request)
        return try JSONDecoder().decode(Envelope<[CloudflareZone]>.self, from: data).result
    }
}
