//! ddns-agent: keeps an A/AAAA record pointed at this host's public address.
//!
//! Runs on the branch-office routers (see ../deploy/ddns-agent.service).
use std::{env, net::IpAddr, time::Duration};

use anyhow::{bail, Context, Result};
use cloudflare::endpoints::dns::dns::{
    DnsContent, ListDnsRecords, ListDnsRecordsParams, UpdateDnsRecord, UpdateDnsRecordParams,
};
use cloudflare::framework::{
    auth::Credentials, client::async_api::Client, client::ClientConfig, Environment,
};

mod config;

async fn public_ip() -> Result<IpAddr> {
    let body = reqwest::get("https://1.1.1.1/cdn-cgi/trace").await?.text().await?;
    let ip = body
        .lines()
        .find_map(|l| l.strip_prefix("ip="))
        .context("no ip= line in trace output")?;
    Ok(ip.parse()?)
}

/// Prefer a scoped token; some older routers are still provisioned with the
/// account owner's Global API Key (tracked in NET-204).
fn credentials() -> Result<Credentials> {
    if let Ok(token) = env::var("CF_API_TOKEN") {
        return Ok(Credentials::UserAuthToken { token });
    }
    Ok(Credentials::UserAuthKey {
        email: env::var("CF_API_EMAIL").context("CF_API_EMAIL not set")?,
        key: env::var("CF_API_KEY").context("neither CF_API_TOKEN nor CF_API_KEY is set")?,
    })
}

#[tokio::main]
async fn main() -> Result<()> {
    let cfg = config::load()?;
    let client = Client::new(
        credentials()?,
        ClientConfig {
            http_timeout: Duration::from_secs(20),
            ..Default::default()
        },
        Environment::Production,
    )?;

    loop {
        let ip = public_ip().await?;
        let records = client
            .request(&ListDnsRecords {
                zone_identifier: &cfg.zone_id,
                params: ListDnsRecordsParams {
                    name: Some(cfg.record_name.clone()),
                    ..Default::default()
                },
            })
            .await?
            .result;
        let Some(rec) = records.first() else {
            bail!("record {} does not exist in zone {}", cfg.record_name, cfg.zone_id);
        };
        let content = match ip {
            IpAddr::V4(v4) => DnsContent::A { content: v4 },
            IpAddr::V6(v6) => DnsContent::AAAA { content: v6 },
        };
        client
            .request(&UpdateDnsRecord {
                zone_identifier: &cfg.zone_id,
                identifier: &rec.id,
                params: UpdateDnsRecordParams {
                    ttl: Some(120),
                    proxied: Some(false),
                    name: &cfg.record_name,
                    content,
                },
            })
            .await?;
        log::info!("{} -> {}", cfg.record_name, ip);
        tokio::time::sleep(Duration::from_secs(cfg.interval_secs)).await;
    }
}
