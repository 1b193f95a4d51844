//! bmc-dns: read each Supermicro BMC's hostname over Redfish and create
//! `<host>.ipmi.example.org` records in Cloudflare.

use std::{env, time::Duration};

use anyhow::{bail, Context, Result};
use reqwest::Client;
use serde::Deserialize;
use serde_json::json;

const CF_API: &str = "https://api.cloudflare.com/client/v4";

#[derive(Deserialize)]
struct Manager {
    #[serde(rename = "HostName")]
    host_name: String,
}

struct Clients {
    /// BMCs on the IPMI VLAN: factory self-signed certificates.
    bmc: Client,
    /// Cloudflare API: default rustls roots.
    cf: Client,
}

impl Clients {
    fn new() -> Result<Self> {
        let bmc = Client::builder()
            .danger_accept_invalid_certs(true)
            .timeout(Duration::from_secs(10))
            .build()?;
        let cf = Client::builder()
            .use_rustls_tls()
            .https_only(true)
            .timeout(Duration::from_secs(20))
            .build()?;
        Ok(Self { bmc, cf })
    }
}

async fn bmc_hostname(c: &Clients, ip: &str) -> Result<String> {
    let m: Manager = c
        .bmc
        .get(format!("https://{ip}/redfish/v1/Managers/1/EthernetInterfaces/1"))
        .basic_auth(env::var("BMC_USER")?, Some(env::var("BMC_PASSWORD")?))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    Ok(m.host_name.to_lowercase())
}

async fn create_record(c: &Clients, zone_id: &str, name: &str, ip: &str) -> Result<()> {
    let resp = c
        .cf
        .post(format!("{CF_API}/zones/{zone_id}/dns_records"))
        .bearer_auth(env::var("CF_API_TOKEN").context("CF_API_TOKEN")?)
        .json(&json!({ "type": "A", "name": name, "content": ip, "ttl": 600 }))
        .send()
        .await?;
    if !resp.status().is_success() && resp.status().as_u16() != 400 {
        bail!("cloudflare {} for {name}", resp.status());
    }
    Ok(())
}

#[tokio::main]
async fn main() -> Result<()> {
    let clients = Clients::new()?;
    let zone_id = env::var("CF_ZONE_ID")?;
    for ip in env::args().skip(1) {
        match bmc_hostname(&clients, &ip).await {
            Ok(host) => create_record(&clients, &zone_id, &format!("{host}.ipmi.example.org"), &ip).await?,
            Err(e) => eprintln!("skip {ip}: {e:#}"),
        }
    }
    Ok(())
}
