/**
 * Scrubs credentials out of request/response dumps before they are written
 * by `pagesmith deploy --verbose`. Keep in sync with docs/troubleshooting.md.
 */

const SENSITIVE_HEADERS = new Set([
  "authorization",
  "x-auth-key",
  "x-auth-email",
  "x-auth-user-service-key",
  "cf-access-client-id",
  "cf-access-client-secret",
  "cf-access-token",
  "cookie",
  "set-cookie",
]);

// Token shapes we know about. Order matters: the specific prefixes first,
// then the legacy 40-char bearer token which only matches after "Bearer ".
const TOKEN_PATTERNS: RegExp[] = [
  /\bcf(?:ut|at|oat|k)_[A-Za-z0-9_-]{20,}/g,
  /\bv1\.0-[0-9a-f]{24}-[0-9a-f]{146}\b/g,
  /(Bearer\s+)[A-Za-z0-9_-]{40}\b/g,
  /("?TunnelSecret"?\s*[:=]\s*")[^"]+/g,
];

export const REDACTED = "[redacted]";

export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) {
    out[name] = SENSITIVE_HEADERS.has(name.toLowerCase()) ? REDACTED : value;
  }
  return out;
}

export function redactText(text: string): string {
  let result = text;
  for (const re of TOKEN_PATTERNS) {
    result = result.replace(re, (match, prefix?: string) =>
      typeof prefix === "string" && match.startsWith(prefix) ? `${prefix}${REDACTED}` : REDACTED,
    );
  }
  return result;
}
