//! `cf-token-check` — verifies that the token configured for the agent is
//! active and prints its expiry, without printing the token itself.
//!
//!     WATCHPOST_CF_TOKEN=$(systemd-creds cat watchpost-cf-token) cf-token-check

use std::env;
use std::process::ExitCode;

use cloudflare::endpoints::user::GetUserTokenStatus;
use cloudflare::framework::{
    async_api::Client, auth::Credentials, Environment, HttpApiClientConfig,
};

#[tokio::main]
async fn main() -> ExitCode {
    let token = match env::var("WATCHPOST_CF_TOKEN") {
        Ok(t) if !t.is_empty() => t,
        _ => {
            eprintln!("WATCHPOST_CF_TOKEN is not set");
            return ExitCode::from(2);
        }
    };

    let client = match Client::new(
        Credentials::UserAuthToken { token },
        HttpApiClientConfig::default(),
        Environment::Production,
    ) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("client: {e}");
            return ExitCode::FAILURE;
        }
    };

    match client.request(&GetUserTokenStatus {}).await {
        Ok(resp) => {
            let st = resp.result;
            println!("token {} status={} expires={:?}", st.id, st.status, st.expires_on);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("verify failed: {e}");
            ExitCode::FAILURE
        }
    }
}
