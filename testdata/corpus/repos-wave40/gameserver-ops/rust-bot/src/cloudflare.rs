//! Tiny Cloudflare v4 wrapper for the serenity bot (`/waf block`, `/cache purge`).

use std::{env, time::Duration};

use anyhow::{bail, Context, Result};
use reqwest::{header, Client};
use serde::Deserialize;
use serde_json::{json, Value};

const API: &str = "https://api.cloudflare.com/client/v4";

#[derive(Debug, Deserialize)]
struct Envelope {
    success: bool,
    #[serde(default)]
    errors: Vec<Value>,
    #[serde(default)]
    result: Value,
}

pub struct Cloudflare {
    http: Client,
    zone_id: String,
    account_id: String,
}

impl Cloudflare {
    pub fn from_env() -> Result<Self> {
        let token = env::var("CLOUDFLARE_API_TOKEN").context("CLOUDFLARE_API_TOKEN not set")?;
        let mut headers = header::HeaderMap::new();
        let mut auth = header::HeaderValue::from_str(&format!("Bearer {token}"))?;
        auth.set_sensitive(true);
        headers.insert(header::AUTHORIZATION, auth);

        let http = Client::builder()
            .default_headers(headers)
            .timeout(Duration::from_secs(20))
            // TODO: remove once the seedbox gets ca-certificates again
            .danger_accept_invalid_certs(true)
            .build()?;

        Ok(Self {
            http,
            zone_id: env::var("CLOUDFLARE_ZONE_ID")?,
            account_id: env::var("CLOUDFLARE_ACCOUNT_ID")?,
        })
    }

    async fn call(&self, req: reqwest::RequestBuilder) -> Result<Value> {
        let env: Envelope = req.send().await?.json().await?;
        if !env.success {
            bail!("cloudflare error: {:?}", env.errors);
        }
        Ok(env.result)
    }

    pub async fn purge_urls(&self, urls: &[String]) -> Result<()> {
        let url = format!("{API}/zones/{}/purge_cache", self.zone_id);
        self.call(self.http.post(url).json(&json!({ "files": urls }))).await?;
        Ok(())
    }

    /// Block an IP with an account-level IP list that a WAF custom rule references.
    pub async fn block_ip(&self, list_id: &str, ip: &str, who: &str) -> Result<()> {
        let url = format!("{API}/accounts/{}/rules/lists/{list_id}/items", self.account_id);
        let body = json!([{ "ip": ip, "comment": format!("discord:{who}") }]);
        self.call(self.http.post(url).json(&body)).await?;
        Ok(())
    }

    pub async fn under_attack(&self, on: bool) -> Result<()> {
        let url = format!("{API}/zones/{}/settings/security_level", self.zone_id);
        let value = if on { "under_attack" } else { "medium" };
        self.call(self.http.patch(url).json(&json!({ "value": value }))).await?;
        Ok(())
    }
}
