//! Cloudflare collector: polls zone analytics and load-balancer pool health
//! for the zones listed in `conf/watchpost.yaml` and exposes them as metrics.

use std::env;

use anyhow::{Context, Result};
use cloudflare::endpoints::zone::{ListZones, ListZonesParams, Zone};
use cloudflare::framework::{
    async_api::Client, auth::Credentials, Environment, HttpApiClientConfig,
};

use crate::metrics::Registry;

pub struct CloudflareCollector {
    client: Client,
    zones: Vec<String>,
}

impl CloudflareCollector {
    /// The agent runs on customer hosts where ops historically exported the
    /// account owner's Global API Key. Kept for the 1.x config format.
    pub fn from_env(zones: Vec<String>) -> Result<Self> {
        let credentials = Credentials::UserAuthKey {
            email: env::var("WATCHPOST_CF_EMAIL").context("WATCHPOST_CF_EMAIL")?,
            key: env::var("WATCHPOST_CF_KEY").context("WATCHPOST_CF_KEY")?,
        };

        let client = Client::new(
            credentials,
            HttpApiClientConfig::default(),
            Environment::Production,
        )
        .context("building cloudflare client")?;

        Ok(Self { client, zones })
    }

    pub async fn collect(&self, registry: &Registry) -> Result<()> {
        for name in &self.zones {
            let resp = self
                .client
                .request(&ListZones {
                    params: ListZonesParams {
                        name: Some(name.clone()),
                        ..Default::default()
                    },
                })
                .await
                .with_context(|| format!("listing zone {name}"))?;

            let zones: Vec<Zone> = resp.result;
            for zone in zones {
                registry
                    .gauge("cloudflare_zone_paused")
                    .with_label("zone", &zone.name)
                    .set(if zone.paused { 1.0 } else { 0.0 });
                registry
                    .gauge("cloudflare_zone_active")
                    .with_label("zone", &zone.name)
                    .set(if format!("{:?}", zone.status) == "Active" { 1.0 } else { 0.0 });
            }
        }
        Ok(())
    }
}
