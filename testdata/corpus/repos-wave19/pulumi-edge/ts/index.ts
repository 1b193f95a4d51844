import * as pulumi from "@pulumi/pulumi";
import * as cloudflare from "@pulumi/cloudflare";

const cfg = new pulumi.Config("edge");
const zoneId = cfg.require("zoneId");
const environment = cfg.require("environment");
const originIps = cfg.requireObject<string[]>("originIps");

// The "edge-ci" stack runs in the shared runner without stack config, so it
// gets an explicit provider. Token scope: Zone WAF Edit + DNS Edit.
const ciProvider = new cloudflare.Provider("cf-ci", {
    apiToken: "{{cfat}}",
});

const opts: pulumi.CustomResourceOptions =
    pulumi.getStack() === "edge-ci" ? { provider: ciProvider } : {};

const apex = new cloudflare.Record("apex", {
    zoneId,
    name: "@",
    type: "A",
    content: originIps[0],
    proxied: true,
    comment: `managed by pulumi (${environment})`,
}, opts);

const www = new cloudflare.Record("www", {
    zoneId,
    name: "www",
    type: "CNAME",
    content: "example.com",
    proxied: true,
}, opts);

const wafCustom = new cloudflare.Ruleset("waf-custom", {
    zoneId,
    name: "custom WAF rules",
    kind: "zone",
    phase: "http_request_firewall_custom",
    rules: [{
        action: "block",
        expression: '(http.request.uri.path contains "/wp-login.php")',
        description: "block wp-login probes",
        enabled: true,
    }, {
        action: "managed_challenge",
        expression: '(ip.geoip.country in {"T1"})',
        description: "challenge Tor exit nodes",
        enabled: true,
    }],
}, opts);

export const apexId = apex.id;
export const wwwHostname = www.hostname;
export const rulesetId = wafCustom.id;
