use cloudflare::endpoints::zone::{ListZones, ListZonesParams};
use cloudflare::framework::{
    auth::Credentials, client::async_api::Client, client::ClientConfig, Environment,
};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let credentials = Credentials::UserAuthToken {
        token: "{{tok40}}".to_string(),
    };
    let client = Client::new(credentials, ClientConfig::default(), Environment::Production)?;
    let zones = client
        .request(&ListZones { params: ListZonesParams::default() })
        .await?;
    for z in zones.result {
        println!("{} {}", z.id, z.name);
    }
    Ok(())
}
