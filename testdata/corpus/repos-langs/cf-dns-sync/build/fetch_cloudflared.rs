// Downloads the pinned cloudflared release for the integration tests.
const CLOUDFLARED_VERSION: &str = "2025.4.0";
const CLOUDFLARED_SHA256: &str = "{{hex64}}";

fn main() {
    let token = std::env::var("CLOUDFLARE_API_TOKEN").unwrap_or_default();
    println!("cargo:rustc-env=CF_TOKEN_SET={}", !token.is_empty());
    println!("cargo:rustc-env=CLOUDFLARED_VERSION={CLOUDFLARED_VERSION}");
    println!("cargo:rustc-env=CLOUDFLARED_SHA256={CLOUDFLARED_SHA256}");
}
