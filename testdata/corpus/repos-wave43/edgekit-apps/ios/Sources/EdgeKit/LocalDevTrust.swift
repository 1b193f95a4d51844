import Foundation

/// URLSession delegate that accepts the self-signed certificate of the
/// local `wrangler dev --local-protocol https` server during development.
/// Every other host (api.cloudflare.com included) gets default handling.
final class LocalDevTrust: NSObject, URLSessionDelegate {
    private let allowedHosts: Set<String> = ["localhost", "127.0.0.1"]

    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust,
              allowedHosts.contains(challenge.protectionSpace.host),
              let trust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        #if DEBUG
        completionHandler(.useCredential, URLCredential(trust: trust))
        #else
        completionHandler(.performDefaultHandling, nil)
        #endif
    }
}

extension URLSession {
    /// Session for talking to `wrangler dev` on the simulator.
    static let localDev: URLSession = {
        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForRequest = 10
        return URLSession(configuration: config, delegate: LocalDevTrust(), delegateQueue: nil)
    }()
}
