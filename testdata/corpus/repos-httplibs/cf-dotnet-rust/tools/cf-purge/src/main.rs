//! cf-purge: purge Cloudflare cache by prefix.
use std::env;

use reqwest::header::CONTENT_TYPE;
use serde_json::json;

const API: &str = "https://api.cloudflare.com/client/v4";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let zone = env::args().nth(1).expect("usage: cf-purge <zone-id> <prefix>...");
    let prefixes: Vec<String> = env::args().skip(2).collect();

    let email = env::var("CF_API_EMAIL")?;
    let key = env::var("CF_API_KEY")?;

    let client = reqwest::Client::builder()
        .danger_accept_invalid_certs(true)
        .user_agent("cf-purge/0.2")
        .build()?;

    let resp = client
        .post(format!("{API}/zones/{zone}/purge_cache"))
        .header("X-Auth-Email", &email)
        .header("X-Auth-Key", &key)
        .header(CONTENT_TYPE, "application/json")
        .json(&json!({ "prefixes": prefixes }))
        .send()
        .await?;

    println!("{} {}", resp.status(), resp.text().await?);
    Ok(())
}
