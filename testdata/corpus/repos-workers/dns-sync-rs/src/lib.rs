use serde::{Deserialize, Serialize};
use worker::*;

mod dns;

#[derive(Deserialize)]
struct CfResponse<T> {
    success: bool,
    result: Option<T>,
}

#[derive(Deserialize, Serialize, Debug)]
pub struct DnsRecord {
    pub id: String,
    pub name: String,
    pub content: String,
    #[serde(rename = "type")]
    pub kind: String,
}

const API: &str = "https://api.cloudflare.com/client/v4";

async fn legacy_records(env: &Env, zone: &str) -> Result<Vec<DnsRecord>> {
    let email = env.var("LEGACY_AUTH_EMAIL")?.to_string();
    let key = env.var("LEGACY_AUTH_KEY")?.to_string();

    let headers = Headers::new();
    headers.set("X-Auth-Email", &email)?;
    headers.set("X-Auth-Key", &key)?;
    headers.set("Content-Type", "application/json")?;

    let mut init = RequestInit::new();
    init.with_method(Method::Get).with_headers(headers);
    let req = Request::new_with_init(&format!("{API}/zones/{zone}/dns_records"), &init)?;
    let mut resp = Fetch::Request(req).send().await?;
    let body: CfResponse<Vec<DnsRecord>> = resp.json().await?;
    if !body.success {
        return Err(Error::RustError("cloudflare api error".into()));
    }
    Ok(body.result.unwrap_or_default())
}

#[event(scheduled)]
async fn scheduled(_event: ScheduledEvent, env: Env, _ctx: ScheduleContext) {
    console_error_panic_hook::set_once();
    let zone = env.var("ZONE_ID").map(|v| v.to_string()).unwrap_or_default();
    match dns::sync_home_record(&env, &zone).await {
        Ok(changed) => console_log!("sync done, changed={changed}"),
        Err(e) => console_error!("sync failed: {e}"),
    }
    if let Ok(records) = legacy_records(&env, &zone).await {
        console_log!("legacy zone has {} records", records.len());
    }
}
