// @ts-check
/// <reference path="types-dnscontrol.d.ts" />

// DNSControl zone definitions. Credentials live in creds.json (not this file).
//   dnscontrol preview --creds creds.json
//   dnscontrol push --domains example.org

var REG_NONE = NewRegistrar("none");
var DSP_CF = NewDnsProvider("cloudflare", {
  manage_redirects: true,
  manage_workers: false,
});
var DSP_CF_BRAND = NewDnsProvider("cloudflare_brand");

DEFAULTS(
  CF_PROXY_DEFAULT_OFF,
  DefaultTTL(300)
);

var GOOGLE_MX = [
  MX("@", 1, "aspmx.l.google.com."),
  MX("@", 5, "alt1.aspmx.l.google.com."),
  MX("@", 10, "alt3.aspmx.l.google.com."),
];

D("example.org", REG_NONE, DnsProvider(DSP_CF),
  A("@", "203.0.113.10", CF_PROXY_ON),
  A("www", "203.0.113.10", CF_PROXY_ON),
  CNAME("docs", "example-org.pages.dev.", CF_PROXY_ON),
  CNAME("status", "statuspage.example.net."),
  GOOGLE_MX,
  TXT("@", "v=spf1 include:_spf.google.com ~all"),
  TXT("_dmarc", "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.org"),
  // domain verification records (public, not secrets)
  TXT("@", "google-site-verification=Qm3x9VhL0eR2kYtPzW8nB5cA1dF7gH4jK6sT0uM2vXo"),
  TXT("_cf-custom-hostname.shop", "4b1f0c2e-8d7a-4e55-9a31-6c2b7f9e0d14"),
  CAA("@", "issue", "letsencrypt.org"),
  CAA("@", "issue", "pki.goog"),
  CF_REDIRECT("old.example.org/*", "https://example.org/$1")
);

D("example-brand.com", REG_NONE, DnsProvider(DSP_CF_BRAND),
  A("@", "198.51.100.24", CF_PROXY_ON),
  CNAME("www", "example-brand.com.", CF_PROXY_ON),
  TXT("@", "v=spf1 -all")
);
