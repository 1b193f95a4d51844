import * as pulumi from "@pulumi/pulumi";
import * as cloudflare from "@pulumi/cloudflare";

const cfg = new pulumi.Config();
const cfCfg = new pulumi.Config("cloudflare");

const accountId = cfg.require("accountId");
const zoneId = cfg.require("zoneId");
const tunnelId = cfg.require("tunnelId");
const apex = cfg.require("apexDomain");
const originIps = cfg.requireObject<string[]>("originIps");
const tunnelHostnames = cfg.requireObject<string[]>("tunnelHostnames");

// Explicit provider so a stray CLOUDFLARE_API_KEY / CLOUDFLARE_EMAIL in someone's
// shell is never picked up; only the scoped token from stack config is used.
const provider = new cloudflare.Provider("cf", {
    apiToken: cfCfg.requireSecret("apiToken"),
});
const opts = { provider };

originIps.forEach((ip, i) => {
    new cloudflare.Record(`apex-${i}`, {
        zoneId,
        name: apex,
        type: "A",
        content: ip,
        proxied: true,
        ttl: 1,
    }, opts);
});

for (const host of tunnelHostnames) {
    new cloudflare.Record(`tunnel-${host}`, {
        zoneId,
        name: host,
        type: "CNAME",
        content: `${tunnelId}.cfargotunnel.com`,
        proxied: true,
        ttl: 1,
    }, opts);
}

new cloudflare.ZoneSettingsOverride("settings", {
    zoneId,
    settings: {
        minTlsVersion: cfg.get("minTlsVersion") ?? "1.2",
        alwaysUseHttps: cfg.getBoolean("alwaysUseHttps") ? "on" : "off",
        ssl: "strict",
    },
}, opts);

new cloudflare.NotificationPolicy("origin-errors", {
    accountId,
    name: "Origin 5xx spike",
    alertType: "http_alert_origin_error",
    enabled: true,
    emailIntegrations: [{ id: cfg.requireObject<{ email: string }>("notifications").email }],
}, opts);

export const zone = zoneId;
export const tunnelCname = pulumi.interpolate`${tunnelId}.cfargotunnel.com`;
