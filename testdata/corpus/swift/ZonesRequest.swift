import Foundation

var request = URLRequest(url: URL(string: "https://api.cloudflare.com/client/v4/zones")!)
request.setValue("ops@example.com", forHTTPHeaderField: "X-Auth-Email")
request.setValue("{{hex37}}", forHTTPHeaderField: "X-Auth-Key")
