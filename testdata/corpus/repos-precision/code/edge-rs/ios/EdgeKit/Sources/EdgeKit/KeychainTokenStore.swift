import Foundation
import Security

/// Stores the user's Cloudflare API token in the iOS Keychain.
public struct KeychainTokenStore {
    public static let service = "io.acme.edgekit.cloudflare-api-token"
    private let account: String

    public init(account: String = "default") {
        self.account = account
    }

    public func save(_ token: String) throws {
        let data = Data(token.utf8)
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: Self.service,
            kSecAttrAccount as String: account,
        ]
        SecItemDelete(query as CFDictionary)
        var add = query
        add[kSecValueData as String] = data
        add[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        let status = SecItemAdd(add as CFDictionary, nil)
        guard status == errSecSuccess else { throw KeychainError.status(status) }
    }

    public func load() throws -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: Self.service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        if status == errSecItemNotFound { return nil }
        guard status == errSecSuccess, let data = item as? Data else { throw KeychainError.status(status) }
        return String(data: data, encoding: .utf8)
    }

    /// Authorization header for the stored token; never logged.
    public func authorizationHeader() throws -> [String: String] {
        guard let token = try load() else { throw KeychainError.missing }
        return ["Authorization": "Bearer " + token]
    }
}

public enum KeychainError: Error {
    case status(OSStatus)
    case missing
}
