use cloudflare::framework::auth::Credentials;

fn credentials() -> Credentials {
    Credentials::UserAuthToken { token: String::from("{{tok40}}") }
}

fn main() {
    let _ = credentials();
}
