// DNSControl config for the brand domains that are not in octoDNS yet.
// Credentials: creds.json (see docs/runbook.md), provider key "cloudflare".
var REG_NONE = NewRegistrar("none");
var DSP_CLOUDFLARE = NewDnsProvider("cloudflare", {
  manage_redirects: false,
  manage_single_redirects: true,
});

var MX_GOOGLE = [
  MX("@", 1, "aspmx.l.google.com."),
  MX("@", 5, "alt1.aspmx.l.google.com."),
  MX("@", 5, "alt2.aspmx.l.google.com."),
  MX("@", 10, "alt3.aspmx.l.google.com."),
  MX("@", 10, "alt4.aspmx.l.google.com."),
];

var SPF = TXT("@", "v=spf1 include:_spf.google.com include:mailgun.org ~all");

D("nwl-freight.com", REG_NONE, DnsProvider(DSP_CLOUDFLARE),
  DefaultTTL(1),
  A("@", "203.0.113.40", CF_PROXY_ON),
  CNAME("www", "nwl-freight.com.", CF_PROXY_ON),
  CNAME("track", "tracking.northwind-logistics.com.", CF_PROXY_ON),
  MX_GOOGLE,
  SPF,
  TXT("_dmarc", "v=DMARC1; p=quarantine; rua=mailto:dmarc@northwind-logistics.com"),
  // Google site verification (public value)
  TXT("@", "google-site-verification=Qm4xT9kV2bLr7WcZp0aYe3NfHu8jGs1dDiOo5RtXwE6"),
  CAA("@", "issue", "letsencrypt.org"),
  CAA("@", "issue", "pki.goog"),
  CAA("@", "iodef", "mailto:security@northwind-logistics.com")
);

D("nwl-careers.com", REG_NONE, DnsProvider(DSP_CLOUDFLARE),
  DefaultTTL(1),
  CNAME("@", "northwind.jobs.personio.de.", CF_PROXY_OFF),
  CNAME("www", "nwl-careers.com.", CF_PROXY_ON),
  TXT("@", "v=spf1 -all"),
  TXT("_dmarc", "v=DMARC1; p=reject"),
  // Cloudflare Pages custom domain verification for the old microsite
  CNAME("legacy", "nwl-careers-legacy.pages.dev.", CF_PROXY_ON)
);
