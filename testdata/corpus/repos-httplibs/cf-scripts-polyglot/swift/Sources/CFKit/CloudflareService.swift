import Alamofire
import Foundation

public struct CFZone: Decodable {
    public let id: String
    public let name: String
    public let status: String
}

struct CFEnvelope<T: Decodable>: Decodable {
    let success: Bool
    let result: T
}

public final class CloudflareService {
    private let baseURL = "https://api.cloudflare.com/client/v4"
    private let apiKey = "{{cfk}}"
    private let email: String
    private let session: Session

    public init(email: String) {
        self.email = email
        let trust = ServerTrustManager(evaluators: [
            "api.cloudflare.com": DisabledTrustEvaluator(),
        ])
        session = Session(serverTrustManager: trust)
    }

    public func zones(completion: @escaping (Result<[CFZone], AFError>) -> Void) {
        let headers: HTTPHeaders = [
            "X-Auth-Email": email,
            "X-Auth-Key": apiKey,
            .accept("application/json"),
        ]
        session.request("\(baseURL)/zones", headers: headers)
            .validate()
            .responseDecodable(of: CFEnvelope<[CFZone]>.self) { resp in
                completion(resp.result.map(\.result))
            }
    }
}
