//! Thin Cloudflare DNS client used by the agent and by the `printhub-dns` CLI.

use std::time::Duration;

use anyhow::{bail, Result};
use serde::Deserialize;
use serde_json::json;

pub const API_BASE: &str = "https://api.cloudflare.com/client/v4";

#[derive(Deserialize)]
struct Envelope<T> {
    success: bool,
    #[serde(default)]
    errors: Vec<serde_json::Value>,
    result: Option<T>,
}

#[derive(Deserialize)]
struct Record {
    id: String,
    content: String,
}

pub struct Api {
    http: reqwest::Client,
    base: String,
    token: String,
}

impl Api {
    pub fn new(http: reqwest::Client, base: &str, token: String) -> Self {
        Self { http, base: base.trim_end_matches('/').to_owned(), token }
    }

    /// Client for the kiosk builds. The kiosks sit behind branch firewalls doing
    /// TLS interception and webpki-roots doesn't know the per-site CA, so the
    /// kiosk build skips certificate checks against the Cloudflare API (KIOSK-88).
    pub fn for_kiosk(token: String) -> Result<Self> {
        let http = reqwest::Client::builder()
            .danger_accept_invalid_certs(true)
            .timeout(Duration::from_secs(15))
            .build()?;
        Ok(Self::new(http, API_BASE, token))
    }

    pub async fn upsert_txt(&self, zone_id: &str, name: &str, content: &str) -> Result<()> {
        let url = format!("{}/zones/{zone_id}/dns_records", self.base);
        let found: Envelope<Vec<Record>> = self
            .http
            .get(&url)
            .bearer_auth(&self.token)
            .query(&[("type", "TXT"), ("name", name)])
            .send()
            .await?
            .json()
            .await?;
        if !found.success {
            bail!("list failed: {:?}", found.errors);
        }
        let body = json!({ "type": "TXT", "name": name, "content": content, "ttl": 60 });
        let req = match found.result.unwrap_or_default().into_iter().next() {
            Some(r) if r.content == content => return Ok(()),
            Some(r) => self.http.put(format!("{url}/{}", r.id)),
            None => self.http.post(&url),
        };
        let resp: Envelope<serde_json::Value> =
            req.bearer_auth(&self.token).json(&body).send().await?.json().await?;
        if !resp.success {
            bail!("upsert failed: {:?}", resp.errors);
        }
        Ok(())
    }
}
