//! Configuration model. Credentials are wrapped in `SecretString` so they
//! never show up in `Debug` output or logs.

use std::{path::Path, time::Duration};

use anyhow::{bail, Context, Result};
use secrecy::SecretString;
use serde::Deserialize;

const BUILTIN_DEFAULTS: &str = include_str!("../config/default.toml");

#[derive(Debug, Deserialize)]
pub struct Config {
    #[serde(with = "humantime_serde_compat")]
    pub interval: Duration,
    pub log_level: String,
    pub cloudflare: CloudflareConfig,
    pub ip: IpConfig,
    #[serde(default)]
    pub records: Vec<RecordConfig>,
}

#[derive(Debug, Deserialize)]
pub struct CloudflareConfig {
    /// API base URL; override only for tests against a local mock.
    #[serde(default = "default_api_base")]
    pub api_base: String,
    /// Scoped API token (`CLOUDFLARE_API_TOKEN`).
    #[serde(default)]
    pub api_token: Option<SecretString>,
    /// Read the token from this file instead (`CLOUDFLARE_API_TOKEN_FILE`).
    #[serde(default)]
    pub api_token_file: Option<String>,
    /// Legacy Global API Key: parsed only so we can reject it with a clear error.
    #[serde(default, rename = "api_key")]
    pub legacy_api_key: Option<SecretString>,
    #[serde(default, rename = "email")]
    pub legacy_email: Option<String>,
    #[serde(default)]
    pub timeout: Option<String>,
    /// Accept invalid certificates. Only allowed when api_base is a loopback mock.
    #[serde(default)]
    pub insecure_skip_verify: bool,
}

fn default_api_base() -> String {
    "https://api.cloudflare.com/client/v4".to_string()
}

#[derive(Debug, Deserialize)]
pub struct IpConfig {
    pub v4_sources: Vec<String>,
    pub v6_sources: Vec<String>,
    pub prefer: String,
}

#[derive(Debug, Deserialize, Clone)]
pub struct RecordConfig {
    pub zone: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub proxied: bool,
    #[serde(default = "auto_ttl")]
    pub ttl: u32,
}

fn auto_ttl() -> u32 {
    1
}

impl Config {
    /// Load built-in defaults, then overlay the user's file if it exists.
    pub fn load(path: Option<&Path>) -> Result<Self> {
        let mut merged: toml::Table = toml::from_str(BUILTIN_DEFAULTS).context("builtin defaults")?;
        if let Some(p) = path.filter(|p| p.exists()) {
            let text = std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
            let user: toml::Table = toml::from_str(&text).with_context(|| format!("parsing {}", p.display()))?;
            for (k, v) in user {
                merged.insert(k, v);
            }
        }
        let cfg: Config = toml::Value::Table(merged).try_into()?;
        cfg.validate()?;
        Ok(cfg)
    }

    fn validate(&self) -> Result<()> {
        if self.cloudflare.legacy_api_key.is_some() || self.cloudflare.legacy_email.is_some() {
            bail!("cloudflare.api_key / cloudflare.email (Global API Key) are not supported; use api_token");
        }
        Ok(())
    }
}

mod humantime_serde_compat {
    use serde::{Deserialize, Deserializer};
    use std::time::Duration;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        let s = String::deserialize(d)?;
        let (num, unit) = s.split_at(s.len() - 1);
        let n: u64 = num.parse().map_err(serde::de::Error::custom)?;
        Ok(match unit {
            "s" => Duration::from_secs(n),
            "m" => Duration::from_secs(n * 60),
            "h" => Duration::from_secs(n * 3600),
            _ => return Err(serde::de::Error::custom("use s, m or h")),
        })
    }
}
