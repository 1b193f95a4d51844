//! Credential types and how they are attached to outgoing requests.

use reqwest::header::{HeaderMap, HeaderName, HeaderValue, AUTHORIZATION};

/// Credentials accepted by the Cloudflare v4 API.
#[derive(Clone, PartialEq, Eq)]
pub enum Credentials {
    /// Global API Key + account e-mail (legacy).
    UserAuthKey { email: String, key: String },
    /// Scoped API token.
    UserAuthToken { token: String },
    /// Origin CA user service key.
    Service { key: String },
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credentials::UserAuthKey { email, .. } => write!(f, "UserAuthKey {{ email: {email:?}, key: <redacted> }}"),
            Credentials::UserAuthToken { .. } => f.write_str("UserAuthToken { token: <redacted> }"),
            Credentials::Service { .. } => f.write_str("Service { key: <redacted> }"),
        }
    }
}

pub(crate) const X_AUTH_KEY: HeaderName = HeaderName::from_static("x-auth-key");
pub(crate) const X_AUTH_EMAIL: HeaderName = HeaderName::from_static("x-auth-email");
pub(crate) const X_AUTH_USER_SERVICE_KEY: HeaderName = HeaderName::from_static("x-auth-user-service-key");

impl Credentials {
    /// Headers to add to every request made with these credentials.
    pub fn headers(&self) -> Result<HeaderMap, reqwest::header::InvalidHeaderValue> {
        let mut h = HeaderMap::new();
        match self {
            Credentials::UserAuthKey { email, key } => {
                let mut k = HeaderValue::from_str(key)?;
                k.set_sensitive(true);
                h.insert(X_AUTH_EMAIL, HeaderValue::from_str(email)?);
                h.insert(X_AUTH_KEY, k);
            }
            Credentials::UserAuthToken { token } => {
                let mut v = HeaderValue::from_str(&format!("Bearer {token}"))?;
                v.set_sensitive(true);
                h.insert(AUTHORIZATION, v);
            }
            Credentials::Service { key } => {
                let mut v = HeaderValue::from_str(key)?;
                v.set_sensitive(true);
                h.insert(X_AUTH_USER_SERVICE_KEY, v);
            }
        }
        Ok(h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_auth_sets_both_headers() {
        let c = Credentials::UserAuthKey { email: "user@example.com".into(), key: "deadbeef".into() };
        let h = c.headers().unwrap();
        assert_eq!(h[X_AUTH_EMAIL], "user@example.com");
        assert!(h[X_AUTH_KEY].is_sensitive());
    }

    #[test]
    fn token_auth_is_bearer() {
        let c = Credentials::UserAuthToken { token: "a".repeat(40) };
        assert!(c.headers().unwrap()[AUTHORIZATION].to_str().unwrap().starts_with("Bearer aaaa"));
    }

    #[test]
    fn debug_redacts() {
        let c = Credentials::UserAuthToken { token: "test-token".into() };
        assert!(!format!("{c:?}").contains("test-token"));
    }
}
