//! Exercises `cf::Api` against a wiremock server on plain HTTP (127.0.0.1).
//! The production constant is only compared, never requested.

use printhub_agent::cf::{Api, API_BASE};
use serde_json::json;
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[test]
fn production_base_is_https() {
    assert_eq!(API_BASE, "https://api.cloudflare.com/client/v4");
}

#[tokio::test]
async fn creates_txt_record_when_missing() {
    let server = MockServer::start().await; // e.g. http://127.0.0.1:54321
    let base = format!("{}/client/v4", server.uri());

    Mock::given(method("GET"))
        .and(path("/client/v4/zones/z1/dns_records"))
        .and(query_param("type", "TXT"))
        .and(header("authorization", "Bearer test-token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "success": true, "errors": [], "result": []
        })))
        .expect(1)
        .mount(&server)
        .await;

    Mock::given(method("POST"))
        .and(path("/client/v4/zones/z1/dns_records"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "success": true, "errors": [], "result": { "id": "r1" }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let api = Api::new(reqwest::Client::new(), &base, "test-token".into());
    api.upsert_txt("z1", "_queue.hq.print.acme.internal", "3").await.unwrap();
}

#[tokio::test]
async fn plain_http_mock_uri_is_loopback() {
    let server = MockServer::start().await;
    assert!(server.uri().starts_with("http://127.0.0.1:"));
}
