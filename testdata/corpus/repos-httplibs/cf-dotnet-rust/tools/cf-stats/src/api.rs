use serde::Deserialize;

const BASE: &str = "https://api.cloudflare.com/client/v4";

#[derive(Debug, Deserialize)]
pub struct Envelope<T> {
    pub success: bool,
    pub result: T,
}

#[derive(Debug, Deserialize)]
pub struct ZoneDetails {
    pub id: String,
    pub name: String,
    pub plan: serde_json::Value,
}

pub async fn zone(zone_id: &str) -> surf::Result<ZoneDetails> {
    let env: Envelope<ZoneDetails> = surf::get(format!("{BASE}/zones/{zone_id}"))
        .header("X-Auth-Email", "stats-bot@acme-corp.com")
        .header("X-Auth-Key", "{{cfk}}")
        .recv_json()
        .await?;
    Ok(env.result)
}
