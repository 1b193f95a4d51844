import Alamofire
import Foundation
import Security

/// Staging backend uses a self-signed cert; only in DEBUG builds.
enum StagingSession {
    static let host = "staging-api.cfkit.acme.dev"

    static func make() -> Session {
        #if DEBUG
        let manager = ServerTrustManager(evaluators: [host: DisabledTrustEvaluator()])
        return Session(serverTrustManager: manager)
        #else
        return Session.default
        #endif
    }

    static func authHeaders() -> HTTPHeaders {
        // token lives in the keychain, written by the login flow
        let token = Keychain.read(service: "cfkit.staging", account: "access-token") ?? ""
        return [.authorization(bearerToken: token)]
    }
}
