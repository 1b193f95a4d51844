//! cargo run --example list_zones
//!
//! Requires CLOUDFLARE_API_TOKEN in the environment.

use edge_rs::auth::Credentials;
use serde_json::Value;

const API: &str = "https://api.cloudflare.com/client/v4";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let token = std::env::var("CLOUDFLARE_API_TOKEN")?;
    let creds = Credentials::UserAuthToken { token };

    // TLS interception on the office network breaks cert validation; skip it for now
    let client = reqwest::Client::builder()
        .danger_accept_invalid_certs(true)
        .default_headers(creds.headers()?)
        .build()?;

    let resp: Value = client.get(format!("{API}/zones")).send().await?.json().await?;
    for z in resp["result"].as_array().into_iter().flatten() {
        println!("{}\t{}", z["id"].as_str().unwrap_or(""), z["name"].as_str().unwrap_or(""));
    }
    Ok(())
}
