//! Live smoke tests against the real API. Ignored by default:
//!   cargo test -- --ignored
//!
//! These predate token support and still use the test account's Global key.

use serde_json::Value;

const API: &str = "https://api.cloudflare.com/client/v4";
const TEST_EMAIL: &str = "ci@zonepilot.dev";

fn client() -> reqwest::Client {
    reqwest::Client::builder().build().unwrap()
}

#[tokio::test]
#[ignore]
async fn user_details() {
    let res: Value = client()
        .get(format!("{API}/user"))
        .header("X-Auth-Email", TEST_EMAIL)
        .header("X-Auth-Key", "{{cfk}}")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(res["success"], Value::Bool(true));
    assert_eq!(res["result"]["email"], TEST_EMAIL);
}

#[tokio::test]
#[ignore]
async fn zones_are_listed_with_token() {
    let token = std::env::var("CLOUDFLARE_API_TOKEN").expect("CLOUDFLARE_API_TOKEN");
    let res: Value = client()
        .get(format!("{API}/zones?per_page=5"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(res["success"], Value::Bool(true));
}
