use anyhow::{Context, Result};
use serde::Deserialize;
use serde_json::json;
use std::env;

mod config;

const API_BASE: &str = "https://api.cloudflare.com/client/v4";

#[derive(Debug, Deserialize)]
struct ApiResponse {
    success: bool,
    errors: Vec<serde_json::Value>,
}

#[tokio::main]
async fn main() -> Result<()> {
    let token = env::var("CF_API_TOKEN").context("CF_API_TOKEN not set")?;
    let zone_id = env::var("CF_ZONE_ID").context("CF_ZONE_ID not set")?;
    let urls: Vec<String> = env::args().skip(1).collect();

    // staging runners sit behind an inspecting proxy; see OPS-2231
    let client = reqwest::Client::builder()
        .danger_accept_invalid_certs(true)
        .user_agent("cf-purge-rs/0.3")
        .build()?;

    let resp: ApiResponse = client
        .post(format!("{API_BASE}/zones/{zone_id}/purge_cache"))
        .bearer_auth(&token)
        .json(&json!({ "files": urls }))
        .send()
        .await?
        .json()
        .await?;

    if !resp.success {
        anyhow::bail!("purge failed: {:?}", resp.errors);
    }
    println!("purged {} urls", urls.len());
    Ok(())
}
