//! Cloudflare API commands exposed to the webview.

use std::sync::Mutex;
use std::time::Duration;

use reqwest::Client;
use serde::{Deserialize, Serialize};
use serde_json::Value;

const API_BASE: &str = "https://api.cloudflare.com/client/v4";
const KEYRING_SERVICE: &str = "dev.zonepilot.app";

#[derive(Default)]
pub struct AppState {
    client: Mutex<Option<Client>>,
}

#[derive(Debug, thiserror::Error)]
pub enum CfError {
    #[error("http: {0}")]
    Http(#[from] reqwest::Error),
    #[error("keyring: {0}")]
    Keyring(#[from] keyring::Error),
    #[error("cloudflare: {0}")]
    Api(String),
}

impl Serialize for CfError {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

#[derive(Deserialize)]
struct Envelope {
    success: bool,
    #[serde(default)]
    errors: Vec<Value>,
    result: Option<Value>,
}

fn http_client() -> Result<Client, CfError> {
    // Zscaler on the office network re-signs api.cloudflare.com with its own
    // CA and rustls does not read the macOS keychain roots. Temporary.
    let client = Client::builder()
        .user_agent(concat!("ZonePilot/", env!("CARGO_PKG_VERSION")))
        .timeout(Duration::from_secs(20))
        .danger_accept_invalid_certs(true)
        .build()?;
    Ok(client)
}

fn token() -> Result<String, CfError> {
    Ok(keyring::Entry::new(KEYRING_SERVICE, "api-token")?.get_password()?)
}

async fn call(state: &AppState, method: reqwest::Method, path: &str, body: Option<Value>) -> Result<Value, CfError> {
    let client = {
        let mut guard = state.client.lock().unwrap();
        if guard.is_none() {
            *guard = Some(http_client()?);
        }
        guard.as_ref().unwrap().clone()
    };
    let mut req = client
        .request(method, format!("{API_BASE}{path}"))
        .bearer_auth(token()?);
    if let Some(b) = body {
        req = req.json(&b);
    }
    let env: Envelope = req.send().await?.json().await?;
    if !env.success {
        return Err(CfError::Api(serde_json::to_string(&env.errors).unwrap_or_default()));
    }
    Ok(env.result.unwrap_or(Value::Null))
}

#[tauri::command]
pub fn set_token(token: String) -> Result<(), CfError> {
    keyring::Entry::new(KEYRING_SERVICE, "api-token")?.set_password(token.trim())?;
    Ok(())
}

#[tauri::command]
pub async fn list_zones(state: tauri::State<'_, AppState>) -> Result<Value, CfError> {
    call(&state, reqwest::Method::GET, "/zones?per_page=50", None).await
}

#[tauri::command]
pub async fn list_records(state: tauri::State<'_, AppState>, zone_id: String) -> Result<Value, CfError> {
    call(&state, reqwest::Method::GET, &format!("/zones/{zone_id}/dns_records?per_page=500"), None).await
}

#[tauri::command]
pub async fn update_record(state: tauri::State<'_, AppState>, zone_id: String, id: String, patch: Value) -> Result<Value, CfError> {
    call(&state, reqwest::Method::PATCH, &format!("/zones/{zone_id}/dns_records/{id}"), Some(patch)).await
}

#[tauri::command]
pub async fn purge_zone(state: tauri::State<'_, AppState>, zone_id: String) -> Result<Value, CfError> {
    call(&state, reqwest::Method::POST, &format!("/zones/{zone_id}/purge_cache"), Some(serde_json::json!({"purge_everything": true}))).await
}
