import Foundation

final class CloudflareService {
    private let base = URL(string: "https://api.cloudflare.com/client/v4")!

    func fetchZones() async throws -> Data {
        var request = URLRequest(url: base.appendingPathComponent("zones"))
        request.httpMethod = "GET"
        request.setValue("ios@example.app", forHTTPHeaderField: "X-Auth-Email")
        request.setValue("{{hex37}}", forHTTPHeaderField: "X-Auth-Key")
        let (data, _) = try await URLSession.shared.data(for: request)
        return data
    }
}
