import Foundation
import AWSS3
import AWSClientRuntime

/// Uploads originals to R2 through presigned PUT URLs.
///
/// The presigned URL is minted by our API (`POST /v2/uploads/presign`), e.g.
///   https://clipvault-originals.<account>.r2.cloudflarestorage.com/u/42/clip.mov
///     ?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=...%2Fauto%2Fs3%2Faws4_request
///     &X-Amz-Date=20240611T101500Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host
///     &X-Amz-Signature=<signature>
/// so the app never holds the R2 secret access key.
final class R2PresignedUploader {
    private let session: URLSession
    private let apiBase: URL

    init(apiBase: URL, session: URLSession = .shared) {
        self.apiBase = apiBase
        self.session = session
    }

    struct PresignResponse: Decodable {
        let url: URL
        let key: String
        let expiresAt: Date
    }

    func upload(fileURL: URL, contentType: String, authToken: String) async throws -> String {
        var req = URLRequest(url: apiBase.appendingPathComponent("v2/uploads/presign"))
        req.httpMethod = "POST"
        req.setValue("Bearer \(authToken)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.httpBody = try JSONEncoder().encode(["filename": fileURL.lastPathComponent,
                                                 "contentType": contentType])
        let (data, _) = try await session.data(for: req)
        let presign = try JSONDecoder.iso8601.decode(PresignResponse.self, from: data)

        var put = URLRequest(url: presign.url)
        put.httpMethod = "PUT"
        put.setValue(contentType, forHTTPHeaderField: "Content-Type")
        let (_, resp) = try await session.upload(for: put, fromFile: fileURL)
        guard (resp as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
        return presign.key
    }
}

private extension JSONDecoder {
    static let iso8601: JSONDecoder = {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        return d
    }()
}
