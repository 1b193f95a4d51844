//! Integration test against the real API using the `ddns-agent-ci` sandbox
//! zone. Run with `cargo test -- --ignored`.
use cloudflare::endpoints::dns::dns::{ListDnsRecords, ListDnsRecordsParams};
use cloudflare::endpoints::user::GetUserTokenStatus;
use cloudflare::framework::{
    auth::Credentials, client::blocking_api::HttpApiClient, client::ClientConfig, Environment,
};

const SANDBOX_ZONE_ID: &str = "{{hex32#z3}}";

fn sandbox_client() -> HttpApiClient {
    let creds = Credentials::UserAuthToken {
        token: "{{cfat}}".to_string(),
    };
    HttpApiClient::new(creds, ClientConfig::default(), Environment::Production)
        .expect("building client")
}

#[test]
#[ignore = "talks to api.cloudflare.com"]
fn token_is_active() {
    let client = sandbox_client();
    let status = client.request(&GetUserTokenStatus {}).expect("verify").result;
    assert_eq!(status.status, "active");
}

#[test]
#[ignore = "talks to api.cloudflare.com"]
fn sandbox_record_exists() {
    let client = sandbox_client();
    let records = client
        .request(&ListDnsRecords {
            zone_identifier: SANDBOX_ZONE_ID,
            params: ListDnsRecordsParams {
                name: Some("ci.sandbox.northwind-retail.dev".into()),
                ..Default::default()
            },
        })
        .expect("list")
        .result;
    assert_eq!(records.len(), 1);
}
