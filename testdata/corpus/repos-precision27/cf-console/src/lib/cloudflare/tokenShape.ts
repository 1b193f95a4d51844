/**
 * Recognise what kind of Cloudflare credential a user pasted, so the form can
 * give a precise error *before* anything is sent. Shapes only: validity is
 * decided by `GET /user/tokens/verify` (or `/accounts/:id/tokens/verify`).
 */

export type CredentialKind =
  | "user-token"
  | "account-token"
  | "legacy-token"
  | "global-key"
  | "origin-ca-key"
  | "unknown";

const USER_TOKEN = /^cfut_[A-Za-z0-9_-]{20,}$/;
const ACCOUNT_TOKEN = /^cfat_[A-Za-z0-9_-]{20,}$/;
const LEGACY_TOKEN = /^[A-Za-z0-9_-]{40}$/;
const GLOBAL_KEY_HEX = /^[0-9a-f]{37}$/;
const GLOBAL_KEY_PREFIXED = /^cfk_[A-Za-z0-9_-]{20,}$/;
const ORIGIN_CA_KEY = /^v1\.0-[0-9a-f]{24}-[0-9a-f]{146}$/;
// Other vendors' tokens that happen to fit the 40-char legacy shape.
const OTHER_VENDOR = /^(ghp_|gho_|ghs_|github_pat_|glpat-|xox[abp]-)/;

export function classifyCredential(raw: string): CredentialKind {
  const value = raw.trim();
  if (USER_TOKEN.test(value)) return "user-token";
  if (ACCOUNT_TOKEN.test(value)) return "account-token";
  if (GLOBAL_KEY_HEX.test(value) || GLOBAL_KEY_PREFIXED.test(value)) return "global-key";
  if (ORIGIN_CA_KEY.test(value)) return "origin-ca-key";
  if (OTHER_VENDOR.test(value)) return "unknown";
  if (LEGACY_TOKEN.test(value)) return "legacy-token";
  return "unknown";
}

export function isScopedToken(kind: CredentialKind): boolean {
  return kind === "user-token" || kind === "account-token" || kind === "legacy-token";
}

/** i18n key for the inline message under the field, or null when it looks fine. */
export function shapeMessageKey(kind: CredentialKind): string | null {
  switch (kind) {
    case "global-key":
      return "cloudflare.apiToken.errors.globalKey";
    case "origin-ca-key":
      return "cloudflare.apiToken.errors.originCaKey";
    case "unknown":
      return "cloudflare.apiToken.errors.shape";
    default:
      return null;
  }
}

/**
 * Redact for display and logs: keep the prefix and the last four characters,
 * e.g. "cfut_****9f3c". Never log the full value.
 */
export function redact(raw: string): string {
  const value = raw.trim();
  if (value.length <= 8) return "****";
  const prefix = /^(cfut_|cfat_|cfk_)/.exec(value)?.[0] ?? "";
  return `${prefix}****${value.slice(-4)}`;
}
