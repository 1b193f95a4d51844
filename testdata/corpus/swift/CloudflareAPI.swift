import Foundation

struct CloudflareAPI {
    let email: String
    let key: String
    let base = URL(string: "https://api.cloudflare.com/client/v4")!

    func request(_ path: String) -> URLRequest {
        var req = URLRequest(url: base.appendingPathComponent(path))
        req.setValue(email, forHTTPHeaderField: "X-Auth-Email")
        req.setValue(key, forHTTPHeaderField: "X-Auth-Key")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        return req
    }

    func authKey(from response: HTTPURLResponse) -> String? {
        return response.value(forHTTPHeaderField: "X-Auth-Key")
    }
}
