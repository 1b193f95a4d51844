use cloudflare::framework::auth::Credentials;

fn credentials() -> Credentials {
    Credentials::UserAuthKey {
        email: "ops@example.com".to_string(),
        key: "{{hex37}}".to_string(),
    }
}
