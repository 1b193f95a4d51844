// @ts-check
/// <reference path="types-dnscontrol.d.ts" />

var REG_NONE = NewRegistrar("none");
var DSP_CLOUDFLARE = NewDnsProvider("cloudflare", {
  manage_redirects: false,
  manage_single_redirects: true,
});
var DSP_HETZNER = NewDnsProvider("hetzner");

DEFAULTS(
  CF_PROXY_DEFAULT_OFF,
  DefaultTTL(300)
);

D("northwind.example", REG_NONE, DnsProvider(DSP_CLOUDFLARE),
  A("@", "203.0.113.10", CF_PROXY_ON),
  CNAME("www", "northwind.example.", CF_PROXY_ON),
  CNAME("status", "31afa577-1a3e-4676-b474-ce9c6afe5f6f.cfargotunnel.com.", CF_PROXY_ON),
  MX("@", 10, "mx1.mail.example.net."),
  TXT("@", "v=spf1 include:_spf.mail.example.net -all"),
  // Cloudflare domain verification for Email Routing
  TXT("cf2024-1._domainkey", "v=DKIM1; h=sha256; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEATGCumREDxynnIZn1DA4EfAsl6XZw0qcFOR34PhOlrcXwM4r0QYVRXpudhb838GzB"),
  CAA("@", "issue", "letsencrypt.org"),
  CAA("@", "issue", "pki.goog")
);

// Secondary zone kept on Hetzner so we are not single-vendor for the status domain.
D("northwind-status.example", REG_NONE, DnsProvider(DSP_HETZNER),
  A("@", "198.51.100.20"),
  TXT("_github-challenge-northwind-ops", "6d6da6d7f4df7a2f")
);
