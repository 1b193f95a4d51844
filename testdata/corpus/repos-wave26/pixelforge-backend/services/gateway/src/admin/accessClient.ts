import https from "node:https";
import axios, { AxiosInstance } from "axios";

/**
 * Client for the LiveOps admin API (liveops.pixelforge.gg), which sits behind
 * Cloudflare Access. The gateway authenticates with an Access service token.
 */

const LIVEOPS_BASE = process.env.LIVEOPS_BASE_URL ?? "https://liveops.pixelforge.gg/api";

// The staging origin is reached through the private network with a self-signed
// cert; this agent is only used for that host.
const stagingAgent = new https.Agent({ rejectUnauthorized: false });

export function createLiveOpsClient(env: "prod" | "staging" = "prod"): AxiosInstance {
  return axios.create({
    baseURL: env === "prod" ? LIVEOPS_BASE : "https://liveops-staging.pf.internal/api",
    timeout: 5_000,
    httpsAgent: env === "staging" ? stagingAgent : undefined,
    headers: {
      "CF-Access-Client-Id": "{{hex32}}.access",
      "CF-Access-Client-Secret": "{{hex64}}",
      "User-Agent": "pf-gateway/2.3",
    },
  });
}

export interface LiveEvent {
  id: string;
  name: string;
  startsAt: string;
  endsAt: string;
  rewards: { sku: string; qty: number }[];
}

export async function fetchActiveEvents(client = createLiveOpsClient()): Promise<LiveEvent[]> {
  const { data } = await client.get<{ events: LiveEvent[] }>("/events", {
    params: { status: "active" },
  });
  return data.events;
}

export async function grantCompensation(playerId: string, sku: string, qty: number, client = createLiveOpsClient()) {
  await client.post(`/players/${encodeURIComponent(playerId)}/grants`, { sku, qty, reason: "incident-compensation" });
}
