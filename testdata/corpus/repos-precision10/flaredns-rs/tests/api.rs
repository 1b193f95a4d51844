//! Integration tests against a wiremock stand-in for the Cloudflare API.
//! wiremock listens on plain http://127.0.0.1:<random port>.

use flaredns::client::{CfClient, RecordBody};
use secrecy::SecretString;
use serde_json::json;
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const ZONE_ID: &str = "5b1d6a1f0f6e4c2f9d3c8a7e6b5a4d3c";

fn fake_token() -> SecretString {
    // 40 x "a": right length for a token, obviously not one.
    SecretString::new("a".repeat(40))
}

async fn server() -> MockServer {
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/client/v4/zones"))
        .and(query_param("name", "example.com"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "success": true, "errors": [], "messages": [],
            "result": [{ "id": ZONE_ID, "name": "example.com" }]
        })))
        .mount(&s)
        .await;
    s
}

#[tokio::test]
async fn sends_bearer_token() {
    let s = server().await;
    Mock::given(method("GET"))
        .and(path(format!("/client/v4/zones/{ZONE_ID}/dns_records")))
        .and(header("authorization", format!("Bearer {}", "a".repeat(40)).as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "success": true, "errors": [], "result": []
        })))
        .expect(1)
        .mount(&s)
        .await;

    let c = CfClient::new(&fake_token(), &format!("{}/client/v4", s.uri()), false).unwrap();
    let zid = c.zone_id("example.com").await.unwrap();
    assert_eq!(zid, ZONE_ID);
    assert!(c.find(&zid, "home.example.com", "A").await.unwrap().is_none());
}

#[tokio::test]
async fn creates_record() {
    let s = server().await;
    Mock::given(method("POST"))
        .and(path(format!("/client/v4/zones/{ZONE_ID}/dns_records")))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "success": true, "errors": [],
            "result": { "id": "rec1", "name": "home.example.com", "content": "203.0.113.9", "proxied": false }
        })))
        .mount(&s)
        .await;

    let c = CfClient::new(&SecretString::new("test-token".into()), &format!("{}/client/v4", s.uri()), false).unwrap();
    let body = RecordBody { kind: "A", name: "home.example.com", content: "203.0.113.9", proxied: false, ttl: 1 };
    let rec = c.put(ZONE_ID, None, &body).await.unwrap();
    assert_eq!(rec.content, "203.0.113.9");
}

#[test]
fn insecure_mock_refused_for_real_api() {
    let err = CfClient::new(&fake_token(), "https://api.cloudflare.com/client/v4", true).err().unwrap();
    assert!(err.to_string().contains("only allowed with a localhost api_base"));
}

#[test]
fn insecure_mock_allowed_on_loopback() {
    assert!(CfClient::new(&fake_token(), "https://127.0.0.1:8443/client/v4", true).is_ok());
}
