var REG_NONE = NewRegistrar("none");
var DSP_CLOUDFLARE = NewDnsProvider("cloudflare");

D("example.com", REG_NONE, DnsProvider(DSP_CLOUDFLARE),
    A("@", "192.0.2.10", CF_PROXY_ON),
    CNAME("www", "example.com.")
);
