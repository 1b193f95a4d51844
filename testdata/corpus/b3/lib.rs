use cloudflare::framework::auth::Credentials;

pub fn creds(email: String, key: String) -> Credentials {
    Credentials::UserAuthKey { email, key }
}

pub fn token_creds(token: String) -> Credentials {
    Credentials::UserAuthToken { token }
}
