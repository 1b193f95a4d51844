use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn purge_sends_prefixes() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/zones/zone-1/purge_cache"))
        .and(header("Authorization", "Bearer dummy"))
        .respond_with(ResponseTemplate::new(200).set_body_string(r#"{"success":true}"#))
        .mount(&server)
        .await;

    let client = reqwest::Client::builder()
        .danger_accept_invalid_certs(true)
        .build()
        .unwrap();
    let resp = client
        .post(format!("{}/zones/zone-1/purge_cache", server.uri()))
        .header("Authorization", "Bearer dummy")
        .json(&serde_json::json!({ "prefixes": ["example.com/assets"] }))
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success());
}
