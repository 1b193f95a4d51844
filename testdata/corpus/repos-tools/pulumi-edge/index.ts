import * as pulumi from "@pulumi/pulumi";
import * as cloudflare from "@pulumi/cloudflare";

const config = new pulumi.Config();

// Legacy provider for the old account that has no API tokens yet.
const legacy = new cloudflare.Provider("legacy", {
    email: "it@example.com",
    apiKey: config.requireSecret("legacyGlobalKey"),
});

export const zoneId = cloudflare.getZoneOutput({ filter: { name: "legacy.example.com" } }, { provider: legacy }).zoneId;
