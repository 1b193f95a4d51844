//! Builds a cloudflare-rs client for the legacy billing zones.
use cloudflare::framework::{
    async_api::Client,
    auth::Credentials,
    Environment, HttpApiClientConfig,
};

pub fn legacy_client() -> anyhow::Result<Client> {
    let credentials = Credentials::UserAuthKey {
        email: "billing-ops@acme-corp.example".to_string(),
        key: "{{hex37}}".to_string(),
    };
    let client = Client::new(
        credentials,
        HttpApiClientConfig::default(),
        Environment::Production,
    )?;
    Ok(client)
}
