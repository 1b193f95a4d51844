use reqwest::blocking::Client;

fn main() -> reqwest::Result<()> {
    let body = Client::new()
        .get("https://api.cloudflare.com/client/v4/user")
        .header("X-Auth-Email", "ops@example.com")
        .header("X-Auth-Key", "{{hex37}}")
        .send()?
        .text()?;
    println!("{body}");
    Ok(())
}
