import * as pulumi from "@pulumi/pulumi";
import * as cloudflare from "@pulumi/cloudflare";
import * as fs from "node:fs";

const cfg = new pulumi.Config();
const accountId = cfg.require("accountId");
const zoneId = cfg.require("zoneId");

const sessions = new cloudflare.WorkersKvNamespace("sessions", {
  accountId,
  title: "acme-api-sessions",
});

export const api = new cloudflare.WorkerScript("acme-api", {
  accountId,
  name: "acme-api",
  content: fs.readFileSync("../../apps/api/dist/index.js", "utf8"),
  module: true,
  kvNamespaceBindings: [{ name: "SESSIONS", namespaceId: sessions.id }],
  plainTextBindings: [
    { name: "ORIGIN", text: "https://origin.acme.dev" },
    { name: "ZONE_ID", text: zoneId },
    { name: "CF_API_TOKEN", text: "{{tok40}}" },
  ],
  secretTextBindings: [
    { name: "ACCESS_CLIENT_SECRET", text: cfg.requireSecret("accessClientSecret") },
  ],
});

new cloudflare.WorkerRoute("acme-api-route", {
  zoneId,
  pattern: "api.acme.dev/*",
  scriptName: api.name,
});
