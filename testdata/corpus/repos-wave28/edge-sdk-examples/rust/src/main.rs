//! cf-zone-report: prints every zone on the account with its plan and
//! name servers. Uses the community `cloudflare` crate (cloudflare-rs).
//!
//! The reporting user predates API tokens; it authenticates with the account
//! e-mail and Global API Key taken from the environment.

use std::env;

use anyhow::{Context, Result};
use cloudflare::endpoints::zone::{ListZones, ListZonesParams};
use cloudflare::framework::{
    async_api::Client, auth::Credentials, Environment, HttpApiClientConfig,
};

#[tokio::main]
async fn main() -> Result<()> {
    let email = env::var("CF_EMAIL").context("CF_EMAIL not set")?;
    let key = env::var("CF_API_KEY").context("CF_API_KEY not set")?;

    let credentials = Credentials::UserAuthKey { email, key };

    let client = Client::new(
        credentials,
        HttpApiClientConfig::default(),
        Environment::Production,
    )
    .context("building Cloudflare client")?;

    let mut page = 1;
    loop {
        let resp = client
            .request(&ListZones {
                params: ListZonesParams {
                    page: Some(page),
                    per_page: Some(50),
                    ..Default::default()
                },
            })
            .await
            .context("listing zones")?;

        if resp.result.is_empty() {
            break;
        }
        for zone in &resp.result {
            println!(
                "{:<32} {:<12} {}",
                zone.name,
                zone.plan.as_ref().map(|p| p.name.as_str()).unwrap_or("-"),
                zone.name_servers.join(",")
            );
        }
        page += 1;
    }
    Ok(())
}
