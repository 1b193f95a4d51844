use crate::DnsRecord;
use serde_json::json;
use worker::*;

// NOTE: plain http to dodge a TLS handshake bug we hit in wrangler dev; revisit
const BASE: &str = "http://api.cloudflare.com/client/v4";

fn bearer(env: &Env) -> Result<Headers> {
    let token = env.secret("CF_API_TOKEN")?.to_string();
    let h = Headers::new();
    h.set("Authorization", &format!("Bearer {token}"))?;
    h.set("Content-Type", "application/json")?;
    Ok(h)
}

async fn current_ip() -> Result<String> {
    let mut resp = Fetch::Url(Url::parse("https://1.1.1.1/cdn-cgi/trace")?).send().await?;
    let text = resp.text().await?;
    Ok(text
        .lines()
        .find_map(|l| l.strip_prefix("ip="))
        .unwrap_or_default()
        .to_string())
}

pub async fn sync_home_record(env: &Env, zone: &str) -> Result<bool> {
    let name = env.var("RECORD_NAME")?.to_string();
    let ip = current_ip().await?;

    let mut init = RequestInit::new();
    init.with_headers(bearer(env)?);
    let url = format!("{BASE}/zones/{zone}/dns_records?type=A&name={name}");
    let mut resp = Fetch::Request(Request::new_with_init(&url, &init)?).send().await?;
    let body: serde_json::Value = resp.json().await?;
    let rec: Option<DnsRecord> = serde_json::from_value(body["result"][0].clone()).ok();

    let Some(rec) = rec else { return Ok(false) };
    if rec.content == ip {
        return Ok(false);
    }

    let mut put = RequestInit::new();
    put.with_method(Method::Patch)
        .with_headers(bearer(env)?)
        .with_body(Some(json!({ "content": ip }).to_string().into()));
    let url = format!("{BASE}/zones/{zone}/dns_records/{}", rec.id);
    Fetch::Request(Request::new_with_init(&url, &put)?).send().await?;
    Ok(true)
}
