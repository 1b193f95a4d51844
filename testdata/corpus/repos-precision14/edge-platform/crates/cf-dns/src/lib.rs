//! cf-dns: typed Cloudflare DNS client used by the Rust edge agent.
//!
//! The base URL is configurable for tests (wiremock), but only `https://`
//! URLs are accepted so the API token can never go out in clear text.

use std::time::Duration;

use reqwest::{header, Client, Url};
use serde::{Deserialize, Serialize};
use thiserror::Error;

pub const DEFAULT_BASE_URL: &str = "https://api.cloudflare.com/client/v4/";

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("invalid base url: {0}")]
    BadUrl(#[from] url::ParseError),
    #[error("refusing non-https base url: {0}")]
    InsecureScheme(String),
    #[error("empty API token")]
    EmptyToken,
}

#[derive(Debug, Clone)]
pub struct Config {
    base: Url,
    token: String,
}

impl Config {
    pub fn new(base: &str, token: &str) -> Result<Self, ConfigError> {
        let base = Url::parse(base)?;
        // loopback is allowed over http for the wiremock test server only
        let loopback = matches!(base.host_str(), Some("127.0.0.1") | Some("localhost"));
        if base.scheme() != "https" && !loopback {
            return Err(ConfigError::InsecureScheme(base.to_string()));
        }
        if token.trim().is_empty() {
            return Err(ConfigError::EmptyToken);
        }
        Ok(Self { base, token: token.trim().to_owned() })
    }

    /// Token from `CLOUDFLARE_API_TOKEN`; base URL from `CF_DNS_BASE_URL` or the default.
    pub fn from_env() -> Result<Self, ConfigError> {
        let base = std::env::var("CF_DNS_BASE_URL").unwrap_or_else(|_| DEFAULT_BASE_URL.into());
        let token = std::env::var("CLOUDFLARE_API_TOKEN").unwrap_or_default();
        Self::new(&base, &token)
    }

    pub fn client(&self) -> reqwest::Result<Client> {
        let mut headers = header::HeaderMap::new();
        let mut auth = header::HeaderValue::from_str(&format!("Bearer {}", self.token))
            .expect("token is ascii");
        auth.set_sensitive(true);
        headers.insert(header::AUTHORIZATION, auth);
        Client::builder()
            .default_headers(headers)
            .timeout(Duration::from_secs(30))
            .https_only(self.base.scheme() == "https")
            .build()
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct DnsRecord {
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
    pub content: String,
    pub ttl: u32,
    pub proxied: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_https() {
        assert!(Config::new(DEFAULT_BASE_URL, "test-token").is_ok());
    }

    #[test]
    fn rejects_plain_http() {
        let err = Config::new("http://api.cloudflare.com/client/v4/", "test-token").unwrap_err();
        assert!(matches!(err, ConfigError::InsecureScheme(_)));
    }

    #[test]
    fn allows_loopback_for_wiremock() {
        assert!(Config::new("http://127.0.0.1:8080/client/v4/", "test-token").is_ok());
    }

    #[test]
    fn rejects_empty_token() {
        assert!(matches!(
            Config::new(DEFAULT_BASE_URL, "   ").unwrap_err(),
            ConfigError::EmptyToken
        ));
    }
}
