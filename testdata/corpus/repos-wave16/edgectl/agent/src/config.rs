//! Agent configuration, read from /etc/ddns-agent/agent.toml.
//!
//! Example file (credentials are NOT read from here; use CF_API_TOKEN in the
//! systemd EnvironmentFile, see deploy/ddns-agent.service):
//!
//! ```toml
//! zone_id       = "<zone id from the dashboard overview page>"
//! record_name   = "fra-office.vpn.northwind-retail.com"
//! interval_secs = 300
//! # api_token = "<your-token>"   # deprecated, ignored since 0.4
//! ```
use std::{fs, path::Path};

use anyhow::{Context, Result};
use serde::Deserialize;

const DEFAULT_PATH: &str = "/etc/ddns-agent/agent.toml";
/// Zone used when the file does not set one (northwind-retail.com).
const DEFAULT_ZONE_ID: &str = "{{hex32#z1}}";

#[derive(Debug, Deserialize)]
pub struct Config {
    #[serde(default = "default_zone")]
    pub zone_id: String,
    pub record_name: String,
    #[serde(default = "default_interval")]
    pub interval_secs: u64,
    /// Deprecated; kept so old files still parse.
    #[serde(default)]
    pub api_token: Option<String>,
}

fn default_zone() -> String {
    DEFAULT_ZONE_ID.to_string()
}

fn default_interval() -> u64 {
    300
}

pub fn load() -> Result<Config> {
    let path = std::env::var("DDNS_AGENT_CONFIG").unwrap_or_else(|_| DEFAULT_PATH.into());
    let raw = fs::read_to_string(Path::new(&path)).with_context(|| format!("reading {path}"))?;
    let cfg: Config = toml::from_str(&raw).with_context(|| format!("parsing {path}"))?;
    if cfg.api_token.is_some() {
        log::warn!("api_token in {path} is ignored; set CF_API_TOKEN instead");
    }
    Ok(cfg)
}
