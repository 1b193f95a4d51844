// @ts-check
/// <reference path="types-dnscontrol.d.ts" />

// Registrars
var REG_NAMECHEAP = NewRegistrar("namecheap");
var REG_PORKBUN = NewRegistrar("porkbun");
var REG_NONE = NewRegistrar("none");

// DNS providers (credentials: creds.json / creds.staging.json)
var DSP_CLOUDFLARE = NewDnsProvider("cloudflare", {
  manage_redirects: true,
  manage_workers: false,
});
var DSP_GANDI = NewDnsProvider("gandi");
var DSP_R53 = NewDnsProvider("r53_main");
var DSP_HETZNER = NewDnsProvider("hetzner");

var MAIL = [
  MX("@", 10, "mx1.tessellate.io."),
  MX("@", 20, "mx2.tessellate.io."),
  TXT("@", "v=spf1 include:_spf.google.com include:mailgun.org ~all"),
  TXT("_dmarc", "v=DMARC1; p=quarantine; rua=mailto:dmarc@tessellate.io"),
];

D("tessellate.io", REG_NAMECHEAP, DnsProvider(DSP_CLOUDFLARE),
  DefaultTTL(1),
  A("@", "198.51.100.10", CF_PROXY_ON),
  A("@", "198.51.100.11", CF_PROXY_ON),
  CNAME("www", "tessellate.io.", CF_PROXY_ON),
  CNAME("docs", "tessellate.pages.dev."),
  MAIL
);

D("tessellate.fr", REG_NAMECHEAP, DnsProvider(DSP_GANDI),
  A("@", "198.51.100.20"),
  CNAME("www", "tessellate.fr."),
  MAIL
);

D("tessellate.cloud", REG_PORKBUN, DnsProvider(DSP_R53),
  A("api", "198.51.100.30"),
  AAAA("api", "2001:db8:30::1"),
  CAA("@", "issue", "letsencrypt.org")
);

D("tessellate.de", REG_NONE, DnsProvider(DSP_HETZNER),
  A("@", "198.51.100.40"),
  MAIL
);
