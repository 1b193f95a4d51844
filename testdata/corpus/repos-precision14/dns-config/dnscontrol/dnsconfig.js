// DNSControl configuration for example.com / example.net
// Cloudflare credentials: see creds.json ($CLOUDFLARE_API_TOKEN from the CI secret store)

var REG_NONE = NewRegistrar("none");
var REG_GANDI = NewRegistrar("gandi");
var DSP_CLOUDFLARE = NewDnsProvider("cloudflare");
var DSP_HETZNER = NewDnsProvider("hetzner");
var DSP_BIND = NewDnsProvider("bind");

var TUNNEL_ID = "{{uuid}}";

D("example.com", REG_GANDI,
  DnsProvider(DSP_CLOUDFLARE),
  DefaultTTL(1),
  A("@", "203.0.113.10", CF_PROXY_ON),
  A("@", "203.0.113.11", CF_PROXY_ON),
  CNAME("www", "example.com.", CF_PROXY_ON),
  CNAME("app", TUNNEL_ID + ".cfargotunnel.com.", CF_PROXY_ON),
  CNAME("status", "statuspage.example-status.net.", CF_PROXY_OFF),
  MX("@", 10, "mx1.mail.example.net."),
  MX("@", 20, "mx2.mail.example.net."),
  TXT("@", "v=spf1 include:_spf.google.com ~all"),
  TXT("@", "google-site-verification=Zq3k8fJ2mLwX0pRtY7uVnB4cD9eHaS1iGoK5jTlM6xE"),
  TXT("_dmarc", "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"),
  TXT("_cf-custom-hostname.shop", "{{uuid}}"),
  CAA("@", "issue", "letsencrypt.org"),
  CAA("@", "issue", "pki.goog"),
  CAA("@", "iodef", "mailto:pki@example.com")
);

D("example.net", REG_NONE,
  DnsProvider(DSP_CLOUDFLARE),
  DnsProvider(DSP_HETZNER, 0),
  DefaultTTL(300),
  A("home", "203.0.113.44"),
  AAAA("home", "2001:db8:44::1"),
  CNAME("vpn", "home.example.net."),
  TXT("_acme-challenge.lab", "gfj9Xq-Yb8kR3nW2vLp0sT6uH1zQeC4mA7dJ5oIy"),
  IGNORE("_extdns.*", "TXT")
);

D("example.internal", REG_NONE,
  DnsProvider(DSP_BIND),
  A("pve", "192.168.10.8"),
  A("nas", "192.168.10.5")
);
