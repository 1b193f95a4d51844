import * as pulumi from "@pulumi/pulumi";
import * as cloudflare from "@pulumi/cloudflare";
import * as random from "@pulumi/random";

// Provider credentials come from stack config (cloudflare:apiToken, secret).
const cfg = new pulumi.Config();
const accountId = cfg.require("accountId");
const zoneId = cfg.require("zoneId");
const zoneName = cfg.require("zoneName");
const archiveBase = cfg.get("archiveBase") ?? "http://archive.media-example.org";
const origins = cfg.requireObject<{ name: string; address: string }[]>("origins");

new cloudflare.ZoneSettingsOverride("media", {
  zoneId,
  settings: {
    ssl: "flexible", // archive origin is http-only
    alwaysUseHttps: "on",
    automaticHttpsRewrites: "on",
    minTlsVersion: "1.2",
  },
});

new cloudflare.Ruleset("redirects", {
  zoneId,
  name: "media redirects",
  kind: "zone",
  phase: "http_request_dynamic_redirect",
  rules: [
    {
      ref: "archive",
      description: "Old /archive paths live on the http-only archive host",
      expression: `(starts_with(http.request.uri.path, "/archive/"))`,
      action: "redirect",
      actionParameters: {
        fromValue: {
          statusCode: 302,
          targetUrl: {
            expression: `concat("${archiveBase}", substring(http.request.uri.path, 8))`,
          },
          preserveQueryString: true,
        },
      },
      enabled: true,
    },
    {
      ref: "http_to_https_video",
      description: "Force https for the player",
      expression: `(http.host eq "video.${zoneName}" and not ssl)`,
      action: "redirect",
      actionParameters: {
        fromValue: {
          statusCode: 301,
          targetUrl: { expression: `concat("https://", http.host, http.request.uri.path)` },
          preserveQueryString: true,
        },
      },
      enabled: true,
    },
  ],
});

const monitor = new cloudflare.LoadBalancerMonitor("origin-monitor", {
  accountId,
  type: "https",
  method: "GET",
  path: "/ping",
  expectedCodes: "200",
  allowInsecure: true, // origins use self-signed certs
  interval: 60,
  headers: [{ header: "Host", values: [`www.${zoneName}`] }],
});

const pool = new cloudflare.LoadBalancerPool("media-pool", {
  accountId,
  name: "media-origins",
  monitor: monitor.id,
  origins: origins.map((o) => ({ name: o.name, address: o.address, enabled: true })),
});

new cloudflare.LoadBalancer("www", {
  zoneId,
  name: `www.${zoneName}`,
  defaultPoolIds: [pool.id],
  fallbackPoolId: pool.id,
  proxied: true,
});

const tunnelSecret = new random.RandomBytes("tunnel-secret", { length: 32 });
const tunnel = new cloudflare.Tunnel("transcoder", {
  accountId,
  name: "media-transcoder",
  secret: tunnelSecret.base64,
  configSrc: "cloudflare",
});

new cloudflare.TunnelConfig("transcoder", {
  accountId,
  tunnelId: tunnel.id,
  config: {
    ingressRules: [
      {
        hostname: `transcode.${zoneName}`,
        service: "https://transcoder.internal:9443",
        originRequest: { noTlsVerify: true, originServerName: "transcoder.internal" },
      },
      { hostname: `ingest.${zoneName}`, service: "http://ingest.internal:8080" },
      { service: "http_status:404" },
    ],
  },
});

export const tunnelCname = tunnel.cname;
export const tunnelToken = pulumi.secret(tunnel.tunnelToken);
