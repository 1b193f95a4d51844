use cf_sdk::Client;
use serde_json::json;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn list_zones_against_wiremock() {
    let server = MockServer::start().await; // binds 127.0.0.1 on a random port

    Mock::given(method("GET"))
        .and(path("/client/v4/zones"))
        .and(header("Authorization", "Bearer test-token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "success": true,
            "errors": [],
            "messages": [],
            "result": [
                {"id": "023e105f4ecef8ad9ca31a8372d0c353", "name": "example.com", "status": "active"}
            ]
        })))
        .expect(1)
        .mount(&server)
        .await;

    let base = format!("{}/client/v4", server.uri()); // http://127.0.0.1:PORT/client/v4
    let client = Client::new("test-token", Some(&base)).unwrap();
    let zones = client.list_zones().await.unwrap();

    assert_eq!(zones.len(), 1);
    assert_eq!(zones[0].name, "example.com");
}

#[tokio::test]
async fn bad_token_maps_to_api_error() {
    let server = MockServer::start().await;

    Mock::given(method("GET"))
        .and(path("/client/v4/zones"))
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({
            "success": false,
            "errors": [{"code": 9109, "message": "Invalid access token"}],
            "messages": [],
            "result": null
        })))
        .mount(&server)
        .await;

    let client = Client::new("fake-key", Some(&format!("{}/client/v4", server.uri()))).unwrap();
    let err = client.list_zones().await.unwrap_err();
    assert!(err.to_string().contains("9109"));
}
