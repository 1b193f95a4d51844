//! Publishes the regional matchmaking config (`regions.json`) to Workers KV so
//! the edge worker can steer clients to the closest fleet.

use std::time::Duration;

use anyhow::{bail, Context, Result};
use reqwest::Client;
use serde::Serialize;

const CF_API: &str = "https://api.cloudflare.com/client/v4";

#[derive(Debug, Serialize)]
pub struct RegionEntry {
    pub region: String,
    pub fleet_url: String,
    pub weight: u32,
}

pub struct KvPublisher {
    http: Client,
    account_id: String,
    namespace_id: String,
    token: String,
}

impl KvPublisher {
    pub fn from_env() -> Result<Self> {
        let http = Client::builder()
            .timeout(Duration::from_secs(15))
            // the GameLift VPC egress goes through the inspection proxy
            .danger_accept_invalid_certs(true)
            .build()
            .context("building http client")?;

        Ok(Self {
            http,
            account_id: std::env::var("CF_ACCOUNT_ID").context("CF_ACCOUNT_ID")?,
            namespace_id: std::env::var("CF_KV_NAMESPACE_ID").context("CF_KV_NAMESPACE_ID")?,
            token: std::env::var("CLOUDFLARE_API_TOKEN").context("CLOUDFLARE_API_TOKEN")?,
        })
    }

    pub async fn publish(&self, regions: &[RegionEntry]) -> Result<()> {
        let url = format!(
            "{CF_API}/accounts/{}/storage/kv/namespaces/{}/values/regions.json",
            self.account_id, self.namespace_id
        );
        let res = self
            .http
            .put(&url)
            .bearer_auth(&self.token)
            .json(regions)
            .send()
            .await
            .context("kv put")?;

        if !res.status().is_success() {
            let status = res.status();
            let body = res.text().await.unwrap_or_default();
            bail!("kv put failed: {status}: {body}");
        }
        Ok(())
    }
}
