/**
 * Public configuration types for cf-ddns-ts.
 *
 * Credentials are never given defaults in code; they are read from the
 * environment (see config.ts) or from a config file at runtime.
 */

export type RecordType = "A" | "AAAA";

export interface CloudflareAuth {
  /** Scoped API token (preferred). Env: CLOUDFLARE_API_TOKEN. */
  apiToken?: string;
  /** Path to a file containing the token. Env: CLOUDFLARE_API_TOKEN_FILE. */
  apiTokenFile?: string;
  /**
   * Legacy Global API Key. Not supported since 3.0 — setting it (or
   * CLOUDFLARE_API_KEY) makes loadConfig() throw.
   * @deprecated
   */
  apiKey?: string;
  /** @deprecated only meaningful together with apiKey */
  email?: string;
}

export interface RecordSpec {
  /** Fully qualified record name, e.g. "home.example.com". */
  name: string;
  type: RecordType;
  proxied?: boolean;
  /** 1 = automatic */
  ttl?: number;
}

export interface DdnsConfig {
  auth: CloudflareAuth;
  /** Zone name; the Zone ID is looked up unless zoneId is given. */
  zone: string;
  /** Optional Zone ID (32 hex chars, not a secret). */
  zoneId?: string;
  records: RecordSpec[];
  /** Polling interval in seconds. */
  intervalSeconds: number;
  /** Override the API base URL (tests / local mock only). */
  apiBaseUrl?: string;
  /** Endpoints returning the caller's public IP as plain text. */
  ipEndpoints: { v4: string[]; v6: string[] };
}

export interface CfEnvelope<T> {
  success: boolean;
  errors: { code: number; message: string }[];
  messages: unknown[];
  result: T;
}

export interface DnsRecord {
  id: string;
  name: string;
  type: RecordType;
  content: string;
  proxied: boolean;
  ttl: number;
}
