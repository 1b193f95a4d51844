//! Configuration loading: ddns.toml, overridden by environment variables.

use anyhow::{bail, Context, Result};
use cloudflare::framework::auth::Credentials;
use serde::Deserialize;
use std::{path::Path, time::Duration};

#[derive(Debug, Deserialize)]
pub struct Config {
    #[serde(default = "default_interval", with = "humantime_serde")]
    pub interval: Duration,
    pub ipv4_source: Option<String>,
    pub ipv6_source: Option<String>,
    pub cloudflare: CloudflareSection,
    #[serde(default)]
    pub records: Vec<Record>,
}

#[derive(Debug, Deserialize)]
pub struct CloudflareSection {
    /// Scoped API token. Prefer CLOUDFLARE_API_TOKEN or `api_token_file`.
    pub api_token: Option<String>,
    /// Path to a file holding the token (systemd LoadCredential= friendly).
    pub api_token_file: Option<String>,
    pub zone_id: String,
    pub record_comment: Option<String>,
    /// Rejected on purpose, kept only to give a helpful error message.
    pub api_key: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Record {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub proxied: bool,
    pub ttl: Option<u32>,
}

fn default_interval() -> Duration {
    Duration::from_secs(300)
}

impl Config {
    pub fn load(path: &Path) -> Result<Self> {
        let raw = std::fs::read_to_string(path)
            .with_context(|| format!("reading {}", path.display()))?;
        let mut cfg: Config = toml::from_str(&raw).context("parsing ddns.toml")?;
        if let Ok(zone) = std::env::var("DDNS_ZONE_ID") {
            cfg.cloudflare.zone_id = zone;
        }
        Ok(cfg)
    }

    /// Builds cloudflare-rs credentials. Only API tokens are supported; the
    /// Global API Key (`Credentials::UserAuthKey { email, key }`) is refused.
    pub fn credentials(&self) -> Result<Credentials> {
        if self.cloudflare.api_key.is_some() {
            bail!("`api_key` (Global API Key) is not supported; create a scoped API token instead");
        }
        let token = if let Ok(t) = std::env::var("CLOUDFLARE_API_TOKEN") {
            t
        } else if let Some(file) = &self.cloudflare.api_token_file {
            std::fs::read_to_string(file)
                .with_context(|| format!("reading token file {file}"))?
                .trim()
                .to_owned()
        } else if let Some(t) = &self.cloudflare.api_token {
            t.clone()
        } else {
            bail!("no Cloudflare API token: set CLOUDFLARE_API_TOKEN, api_token_file or api_token");
        };
        Ok(Credentials::UserAuthToken { token })
    }
}
