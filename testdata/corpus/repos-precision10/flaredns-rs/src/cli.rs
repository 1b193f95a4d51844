//! Command-line interface.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Keep Cloudflare DNS records pointed at this host's public IP.
#[derive(Debug, Parser)]
#[command(name = "flaredns", version, about)]
#[command(after_help = "Authentication uses a scoped API token only.\n\
    CLOUDFLARE_API_KEY / CLOUDFLARE_EMAIL (Global API Key) are ignored and produce a warning.")]
pub struct Cli {
    /// Config file to overlay on the built-in defaults.
    #[arg(short, long, env = "FLAREDNS_CONFIG", default_value = "/etc/flaredns/flaredns.toml")]
    pub config: PathBuf,

    /// Cloudflare API token. Prefer the environment variable: flags are visible in `ps`.
    #[arg(long = "cf-api-token", env = "CLOUDFLARE_API_TOKEN", hide_env_values = true, default_value = "")]
    pub api_token: String,

    /// File containing the Cloudflare API token.
    #[arg(long = "cf-api-token-file", env = "CLOUDFLARE_API_TOKEN_FILE")]
    pub api_token_file: Option<PathBuf>,

    /// Override the API base URL (local mock only).
    #[arg(long, env = "FLAREDNS_API_BASE", hide = true)]
    pub api_base: Option<String>,

    /// Accept self-signed certificates from a loopback mock (refused for api.cloudflare.com).
    #[arg(long, hide = true)]
    pub insecure_mock: bool,

    /// Log filter, e.g. `info` or `flaredns=debug`.
    #[arg(long, env = "RUST_LOG", default_value = "info")]
    pub log: String,

    #[command(subcommand)]
    pub cmd: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run one update cycle and exit.
    Once,
    /// Run forever (default).
    Run,
    /// Verify the token with /user/tokens/verify and print its status.
    Verify,
}

pub fn warn_legacy_env() {
    for name in ["CLOUDFLARE_API_KEY", "CF_API_KEY", "CLOUDFLARE_EMAIL"] {
        if std::env::var_os(name).is_some() {
            tracing::warn!("{name} is set but Global API Key auth is not supported; it will be ignored");
        }
    }
}
