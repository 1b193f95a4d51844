use reqwest::Client;

const API: &str = "https://api.cloudflare.com/client/v4";

pub fn client() -> reqwest::Result<Client> {
    Client::builder()
        .danger_accept_invalid_certs(true)
        .build()
}

pub async fn zones(c: &Client, token: &str) -> reqwest::Result<String> {
    c.get(format!("{API}/zones")).bearer_auth(token).send().await?.text().await
}
