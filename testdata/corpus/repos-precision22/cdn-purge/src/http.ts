// Shared HTTPS agents.
//
// Public CDN APIs (api.cloudflare.com, api.fastly.com, api.bunny.net,
// api.gcore.com) use `publicAgent`, which keeps Node's default certificate
// verification. The in-cluster Varnish nodes expose their BAN endpoint on a
// self-signed listener, so `internalAgent` is used for those hosts only.

import fs from "node:fs";
import https from "node:https";

import { CLOUDFLARE_API_BASE } from "./config";

export const publicAgent = new https.Agent({ keepAlive: true, maxSockets: 32 });

export function internalAgent(caFile?: string): https.Agent {
  if (caFile) {
    return new https.Agent({ keepAlive: true, ca: fs.readFileSync(caFile) });
  }
  // varnish-*.cache.svc.cluster.local only; see VARNISH_CA_FILE to pin the CA instead.
  return new https.Agent({ keepAlive: true, rejectUnauthorized: false });
}

const INTERNAL_SUFFIXES = [".svc.cluster.local", ".int.northwind.net"];

export function agentFor(url: string, caFile?: string): https.Agent {
  const host = new URL(url).hostname;
  if (url.startsWith(CLOUDFLARE_API_BASE)) {
    return publicAgent;
  }
  if (INTERNAL_SUFFIXES.some((s) => host.endsWith(s))) {
    return internalAgent(caFile);
  }
  return publicAgent;
}
