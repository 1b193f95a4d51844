//! Same contract as zones_wiremock.rs, using mockito's shared server, plus an
//! opt-in run against the docker-compose MockServer.

use cf_sdk::Client;

#[tokio::test]
async fn list_zones_with_mockito() {
    let mut server = mockito::Server::new_async().await;
    let mock = server
        .mock("GET", "/client/v4/zones")
        .match_header("authorization", "Bearer test-token")
        .with_status(200)
        .with_header("content-type", "application/json")
        .with_body(r#"{"success":true,"errors":[],"messages":[],"result":[{"id":"023e105f4ecef8ad9ca31a8372d0c353","name":"example.com","status":"active"}]}"#)
        .create_async()
        .await;

    // server.url() is http://127.0.0.1:<port>
    let client = Client::new("test-token", Some(&format!("{}/client/v4", server.url()))).unwrap();
    let zones = client.list_zones().await.unwrap();

    assert_eq!(zones[0].status, "active");
    mock.assert_async().await;
}

#[tokio::test]
#[ignore = "needs `docker compose up -d mockserver`"]
async fn list_zones_against_mockserver_container() {
    let base = std::env::var("CLOUDFLARE_API_BASE_URL")
        .unwrap_or_else(|_| "http://localhost:1080/client/v4".to_string());
    let token = std::env::var("CLOUDFLARE_API_TOKEN").unwrap_or_else(|_| "test-token".to_string());

    let client = Client::new(token, Some(&base)).unwrap();
    let zones = client.list_zones().await.unwrap();
    assert!(!zones.is_empty());
}
