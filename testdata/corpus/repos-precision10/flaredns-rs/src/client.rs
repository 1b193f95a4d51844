//! Cloudflare v4 API client (DNS records only).

use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};
use reqwest::{header, Client};
use secrecy::{ExposeSecret, SecretString};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use url::Url;

pub const CLOUDFLARE_API: &str = "https://api.cloudflare.com/client/v4";

#[derive(Debug, Deserialize)]
struct Envelope<T> {
    success: bool,
    #[serde(default)]
    errors: Vec<ApiError>,
    result: Option<T>,
}

#[derive(Debug, Deserialize)]
struct ApiError {
    code: i64,
    message: String,
}

#[derive(Debug, Deserialize, Clone)]
pub struct DnsRecord {
    pub id: String,
    pub name: String,
    pub content: String,
    pub proxied: bool,
}

#[derive(Debug, Serialize)]
pub struct RecordBody<'a> {
    #[serde(rename = "type")]
    pub kind: &'a str,
    pub name: &'a str,
    pub content: &'a str,
    pub proxied: bool,
    pub ttl: u32,
}

pub struct CfClient {
    http: Client,
    base: Url,
}

fn is_loopback(u: &Url) -> bool {
    matches!(u.host_str(), Some("localhost") | Some("127.0.0.1") | Some("[::1]"))
}

impl CfClient {
    pub fn new(token: &SecretString, api_base: &str, insecure_mock: bool) -> Result<Self> {
        let base = Url::parse(api_base).context("invalid api_base")?;

        let mut auth = header::HeaderValue::from_str(&format!("Bearer {}", token.expose_secret()))
            .context("token contains invalid characters")?;
        auth.set_sensitive(true);
        let mut headers = header::HeaderMap::new();
        headers.insert(header::AUTHORIZATION, auth);

        let mut builder = Client::builder()
            .user_agent(concat!("flaredns/", env!("CARGO_PKG_VERSION")))
            .default_headers(headers)
            .timeout(Duration::from_secs(15))
            .https_only(!is_loopback(&base));

        if insecure_mock {
            // Only for the self-signed test double started by `just mock-tls`.
            if !is_loopback(&base) {
                bail!("--insecure-mock is only allowed with a localhost api_base, not {base}");
            }
            builder = builder.danger_accept_invalid_certs(true);
        }

        Ok(Self { http: builder.build()?, base })
    }

    async fn get<T: DeserializeOwned>(&self, path: &str, query: &[(&str, &str)]) -> Result<T> {
        let url = format!("{}{}", self.base.as_str().trim_end_matches('/'), path);
        let env: Envelope<T> = self.http.get(&url).query(query).send().await?.json().await?;
        unwrap(env, path)
    }

    pub async fn zone_id(&self, zone: &str) -> Result<String> {
        #[derive(Deserialize)]
        struct Z {
            id: String,
        }
        let zones: Vec<Z> = self.get("/zones", &[("name", zone)]).await?;
        zones.into_iter().next().map(|z| z.id).ok_or_else(|| anyhow!("zone {zone} not found"))
    }

    pub async fn find(&self, zone_id: &str, name: &str, kind: &str) -> Result<Option<DnsRecord>> {
        let recs: Vec<DnsRecord> = self
            .get(&format!("/zones/{zone_id}/dns_records"), &[("name", name), ("type", kind)])
            .await?;
        Ok(recs.into_iter().next())
    }

    pub async fn put(&self, zone_id: &str, existing: Option<&DnsRecord>, body: &RecordBody<'_>) -> Result<DnsRecord> {
        let base = self.base.as_str().trim_end_matches('/');
        let req = match existing {
            Some(r) => self.http.patch(format!("{base}/zones/{zone_id}/dns_records/{}", r.id)),
            None => self.http.post(format!("{base}/zones/{zone_id}/dns_records")),
        };
        let env: Envelope<DnsRecord> = req.json(body).send().await?.json().await?;
        unwrap(env, "dns_records")
    }
}

fn unwrap<T>(env: Envelope<T>, what: &str) -> Result<T> {
    if !env.success {
        let msg: Vec<String> = env.errors.iter().map(|e| format!("{}: {}", e.code, e.message)).collect();
        bail!("{what}: {}", msg.join("; "));
    }
    env.result.ok_or_else(|| anyhow!("{what}: empty result"))
}
