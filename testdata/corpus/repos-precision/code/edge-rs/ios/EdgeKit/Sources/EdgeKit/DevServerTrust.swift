import Foundation

/// Production traffic goes to https://api.cloudflare.com with default
/// certificate evaluation. In DEBUG builds the app can instead be pointed at
/// `wrangler dev --local` / the Miniflare mock on the developer's machine,
/// which serves a self-signed certificate. Only that host is trusted blindly.
final class DevServerTrust: NSObject, URLSessionDelegate {

    static let productionBaseURL = URL(string: "https://api.cloudflare.com/client/v4")!
    static let localMockBaseURL = URL(string: "https://localhost:8787/client/v4")!

    private static let localHosts: Set<String> = ["localhost", "127.0.0.1", "::1"]

    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        #if DEBUG
        if challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust,
           Self.localHosts.contains(challenge.protectionSpace.host),
           let trust = challenge.protectionSpace.serverTrust {
            completionHandler(.useCredential, URLCredential(trust: trust))
            return
        }
        #endif
        completionHandler(.performDefaultHandling, nil)
    }
}
