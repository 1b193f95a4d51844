use anyhow::{Context, Result};
use clap::Parser;
use cloudflare::endpoints::dns::dns::{ListDnsRecords, ListDnsRecordsParams};
use cloudflare::framework::auth::Credentials;
use cloudflare::framework::client::async_api::Client;
use cloudflare::framework::client::ClientConfig;
use cloudflare::framework::Environment;
use serde::Deserialize;

/// Keep Cloudflare DNS in sync with the service catalog.
#[derive(Parser, Debug)]
#[command(version, about)]
struct Args {
    /// Scoped API token (Zone.DNS:Edit). Read from the environment, e.g. via `doppler run`.
    #[arg(long, env = "CLOUDFLARE_API_TOKEN", hide_env_values = true)]
    api_token: String,

    /// Zone identifier of the managed zone.
    #[arg(long, env = "CLOUDFLARE_ZONE_ID")]
    zone_id: String,

    /// Path to the service catalog export.
    #[arg(long, default_value = "catalog.yaml")]
    catalog: String,

    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Deserialize)]
struct Service {
    hostname: String,
    target: String,
    #[serde(default)]
    proxied: bool,
}

#[tokio::main]
async fn main() -> Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .init();

    let args = Args::parse();
    let catalog: Vec<Service> = serde_yaml::from_str(
        &std::fs::read_to_string(&args.catalog).with_context(|| format!("reading {}", args.catalog))?,
    )?;

    let credentials = Credentials::UserAuthToken {
        token: args.api_token.clone(),
    };
    let client = Client::new(credentials, ClientConfig::default(), Environment::Production)?;

    let existing = client
        .request(&ListDnsRecords {
            zone_identifier: &args.zone_id,
            params: ListDnsRecordsParams {
                per_page: Some(500),
                ..Default::default()
            },
        })
        .await?
        .result;

    for svc in &catalog {
        let present = existing.iter().any(|r| r.name == svc.hostname);
        if present {
            tracing::debug!(host = %svc.hostname, "record exists");
            continue;
        }
        if args.dry_run {
            println!("would create CNAME {} -> {} (proxied={})", svc.hostname, svc.target, svc.proxied);
        } else {
            tracing::info!(host = %svc.hostname, "creating record");
            // creation elided: see src/apply.rs
        }
    }
    Ok(())
}
