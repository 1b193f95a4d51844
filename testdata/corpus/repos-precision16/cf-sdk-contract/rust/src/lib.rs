//! Minimal async Cloudflare v4 client used by the contract tests.

use serde::Deserialize;
use url::Url;

pub const DEFAULT_BASE_URL: &str = "https://api.cloudflare.com/client/v4";

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("refusing plaintext base URL for the production API: {0}")]
    InsecureBaseUrl(String),
    #[error("invalid base URL: {0}")]
    BadUrl(#[from] url::ParseError),
    #[error("http: {0}")]
    Http(#[from] reqwest::Error),
    #[error("cloudflare api error {code}: {message}")]
    Api { code: u32, message: String },
}

#[derive(Debug, Deserialize)]
pub struct Zone {
    pub id: String,
    pub name: String,
    pub status: String,
}

#[derive(Debug, Deserialize)]
struct ApiError {
    code: u32,
    message: String,
}

#[derive(Debug, Deserialize)]
struct Envelope<T> {
    success: bool,
    #[serde(default)]
    errors: Vec<ApiError>,
    result: Option<T>,
}

pub struct Client {
    base: String,
    token: String,
    http: reqwest::Client,
}

impl Client {
    /// `base_url` may point at a mock (wiremock, mockito, MockServer) over
    /// plain HTTP, but the real API host must always be reached over HTTPS.
    pub fn new(token: impl Into<String>, base_url: Option<&str>) -> Result<Self, Error> {
        let base = base_url.unwrap_or(DEFAULT_BASE_URL).trim_end_matches('/').to_string();
        let parsed = Url::parse(&base)?;
        if parsed.host_str() == Some("api.cloudflare.com") && parsed.scheme() != "https" {
            return Err(Error::InsecureBaseUrl(base));
        }
        Ok(Self { base, token: token.into(), http: reqwest::Client::new() })
    }

    pub async fn list_zones(&self) -> Result<Vec<Zone>, Error> {
        let env: Envelope<Vec<Zone>> = self
            .http
            .get(format!("{}/zones", self.base))
            .bearer_auth(&self.token)
            .send()
            .await?
            .json()
            .await?;
        if !env.success {
            let e = env.errors.into_iter().next().unwrap_or(ApiError { code: 0, message: "unknown".into() });
            return Err(Error::Api { code: e.code, message: e.message });
        }
        Ok(env.result.unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_plain_http_for_production_host() {
        let err = Client::new("test-token", Some("http://api.cloudflare.com/client/v4")).err();
        assert!(matches!(err, Some(Error::InsecureBaseUrl(_))));
    }

    #[test]
    fn allows_plain_http_for_local_mock() {
        assert!(Client::new("test-token", Some("http://127.0.0.1:1080/client/v4")).is_ok());
    }
}
