//! Content digests used for Workers KV bulk uploads and cache tags.

use sha2::{Digest, Sha256};
use uuid::{uuid, Uuid};

/// Namespace for deterministic v5 ids of uploaded assets.
pub const ASSET_NAMESPACE: Uuid = uuid!("{{uuid}}");

/// Hex-encoded SHA-256 of `data`.
pub fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

/// Stable id for an asset path, independent of its content.
pub fn asset_id(path: &str) -> Uuid {
    Uuid::new_v5(&ASSET_NAMESPACE, path.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    // FIPS 180-2 / NIST test vectors.
    const EMPTY: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    const ABC: &str = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    const TWO_BLOCK: &str = "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";

    #[test]
    fn nist_vectors() {
        assert_eq!(sha256_hex(b""), EMPTY);
        assert_eq!(sha256_hex(b"abc"), ABC);
        assert_eq!(
            sha256_hex(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            TWO_BLOCK
        );
    }

    #[test]
    fn asset_ids_are_stable() {
        assert_eq!(asset_id("/index.html"), asset_id("/index.html"));
        assert_ne!(asset_id("/index.html"), asset_id("/app.js"));
    }
}
