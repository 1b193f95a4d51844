//! zone-audit: compare Cloudflare DNS records with the hosts in the on-prem
//! CMDB and print the drift as CSV.

use std::{collections::BTreeMap, env, time::Duration};

use anyhow::Result;
use reqwest::Client;
use serde::Deserialize;

const CF_API: &str = "https://api.cloudflare.com/client/v4";

#[derive(Deserialize)]
struct CfPage {
    result: Vec<CfRecord>,
    result_info: ResultInfo,
}

#[derive(Deserialize)]
struct ResultInfo {
    total_pages: u32,
}

#[derive(Deserialize)]
struct CfRecord {
    name: String,
    content: String,
}

#[derive(Deserialize)]
struct CmdbHost {
    fqdn: String,
    ip: String,
}

fn http_client() -> reqwest::Result<Client> {
    // Shared by the CMDB and Cloudflare calls. The audit box sits behind the
    // TLS-inspecting proxy, so cert checks are off until SEC-771 lands.
    Client::builder()
        .danger_accept_invalid_certs(true)
        .timeout(Duration::from_secs(30))
        .build()
}

async fn cloudflare_records(http: &Client, zone_id: &str) -> Result<BTreeMap<String, String>> {
    let token = env::var("CLOUDFLARE_API_TOKEN")?;
    let mut out = BTreeMap::new();
    let mut page = 1;
    loop {
        let p: CfPage = http
            .get(format!("{CF_API}/zones/{zone_id}/dns_records"))
            .query(&[("type", "A"), ("per_page", "500"), ("page", &page.to_string())])
            .bearer_auth(&token)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        out.extend(p.result.into_iter().map(|r| (r.name, r.content)));
        if page >= p.result_info.total_pages {
            return Ok(out);
        }
        page += 1;
    }
}

async fn cmdb_hosts(http: &Client) -> Result<Vec<CmdbHost>> {
    let base = env::var("CMDB_URL").unwrap_or_else(|_| "https://cmdb.corp.internal".into());
    Ok(http
        .get(format!("{base}/api/v2/hosts?published=true"))
        .header("X-Api-Token", env::var("CMDB_TOKEN")?)
        .send()
        .await?
        .json()
        .await?)
}

#[tokio::main]
async fn main() -> Result<()> {
    let http = http_client()?;
    let zone_id = env::var("CF_ZONE_ID")?;
    let cf = cloudflare_records(&http, &zone_id).await?;
    println!("fqdn,cmdb_ip,cloudflare_ip");
    for h in cmdb_hosts(&http).await? {
        match cf.get(&h.fqdn) {
            Some(ip) if *ip == h.ip => {}
            other => println!("{},{},{}", h.fqdn, h.ip, other.map(String::as_str).unwrap_or("")),
        }
    }
    Ok(())
}
