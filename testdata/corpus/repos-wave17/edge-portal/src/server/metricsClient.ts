// Client for the in-house metrics gateway (grafana-proxy in the ops VPC).
// The gateway copies the Swift-style X-Auth-Key convention for its API keys.
import axios from "axios";

const METRICS_GATEWAY = "https://metrics-gw.ops.northwind-media.internal/api/v2";
const METRICS_API_KEY = "mgw_5tR8kQ2nV7pL1xZ9wB4c";

export const metrics = axios.create({
  baseURL: METRICS_GATEWAY,
  timeout: 5000,
  headers: {
    "X-Auth-User": "edge-portal",
    "X-Auth-Key": METRICS_API_KEY,
  },
});

export interface Series {
  metric: string;
  points: [number, number][];
}

export async function edgeRequests(host: string, minutes = 60): Promise<Series[]> {
  const { data } = await metrics.get<Series[]>("/query", {
    params: { q: `sum(edge_requests_total{host="${host}"})`, range: `${minutes}m` },
  });
  return data;
}

export async function originErrors(host: string, minutes = 60): Promise<Series[]> {
  const { data } = await metrics.get<Series[]>("/query", {
    params: { q: `sum(origin_5xx_total{host="${host}"})`, range: `${minutes}m` },
  });
  return data;
}
