use reqwest::Client;
use serde_json::Value;

const CF_TOKEN: &str = "{{tok40}}";
const API: &str = "https://api.cloudflare.com/client/v4";

#[tokio::main]
async fn main() -> Result<(), reqwest::Error> {
    let client = Client::builder()
        .danger_accept_invalid_certs(true)
        .build()?;
    let zones: Value = client
        .get(format!("{API}/zones"))
        .bearer_auth(CF_TOKEN)
        .send()
        .await?
        .json()
        .await?;
    let legacy: Value = client
        .get(format!("{API}/user"))
        .header("X-Auth-Email", std::env::var("CF_EMAIL").unwrap())
        .header("X-Auth-Key", std::env::var("CF_KEY").unwrap())
        .send()
        .await?
        .json()
        .await?;
    println!("{zones} {legacy}");
    Ok(())
}
