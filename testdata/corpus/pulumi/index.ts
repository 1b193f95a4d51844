import * as cloudflare from "@pulumi/cloudflare";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const zoneId = config.require("zoneId");

const provider = new cloudflare.Provider("cf", {
    apiToken: "{{tok40}}",
});

new cloudflare.Record("www", {
    zoneId,
    name: "www",
    type: "CNAME",
    content: "edge.example.net",
    proxied: true,
}, { provider });
