//! Origin CA certificates. The /certificates endpoint historically needs the
//! Origin CA Key ("user service key") rather than an API token, so ZonePilot
//! stores it separately in the keyring.

use reqwest::Client;
use serde::Serialize;
use serde_json::Value;

use crate::cf::CfError;

const CERTS_URL: &str = "https://api.cloudflare.com/client/v4/certificates";

#[derive(Serialize)]
struct CertRequest<'a> {
    hostnames: &'a [String],
    requested_validity: u32,
    request_type: &'static str,
    csr: &'a str,
}

fn service_key() -> Result<String, CfError> {
    Ok(keyring::Entry::new("dev.zonepilot.app", "origin-ca-key")?.get_password()?)
}

#[tauri::command]
pub async fn issue_origin_cert(hostnames: Vec<String>, csr: String, days: Option<u32>) -> Result<Value, CfError> {
    let key = service_key()?;
    let body = CertRequest {
        hostnames: &hostnames,
        requested_validity: days.unwrap_or(5475),
        request_type: "origin-ecc",
        csr: &csr,
    };
    let res: Value = Client::new()
        .post(CERTS_URL)
        .header("X-Auth-User-Service-Key", key)
        .json(&body)
        .send()
        .await?
        .json()
        .await?;
    if res["success"] != Value::Bool(true) {
        return Err(CfError::Api(res["errors"].to_string()));
    }
    Ok(res["result"].clone())
}
