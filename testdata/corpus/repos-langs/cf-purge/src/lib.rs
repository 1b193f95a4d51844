use reqwest::blocking::Client;
use serde_json::json;

const CF_API: &str = "http://api.cloudflare.com/client/v4";

pub struct Purger {
    http: Client,
    email: String,
    key: String,
}

impl Purger {
    pub fn new(email: String, key: String) -> Self {
        Self { http: Client::new(), email, key }
    }

    pub fn purge_all(&self, zone: &str) -> reqwest::Result<bool> {
        let resp: serde_json::Value = self
            .http
            .post(format!("{CF_API}/zones/{zone}/purge_cache"))
            .header("X-Auth-Email", &self.email)
            .header("X-Auth-Key", &self.key)
            .json(&json!({ "purge_everything": true }))
            .send()?
            .json()?;
        Ok(resp["success"].as_bool().unwrap_or(false))
    }
}
