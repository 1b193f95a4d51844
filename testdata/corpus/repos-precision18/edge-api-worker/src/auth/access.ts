import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";

/**
 * Verifies the Cloudflare Access application token.
 *
 * Access signs a JWT for every request it lets through and forwards it in the
 * `Cf-Access-Jwt-Assertion` header (and the `CF_Authorization` cookie). We check
 * the signature against the team's public keys and the audience against the
 * application's AUD tag (Zero Trust > Access > Applications > Overview).
 * See https://developers.cloudflare.com/cloudflare-one/identity/authorization-cookie/validating-json/
 */

export class AccessError extends Error {
  constructor(message: string, public status: 401 | 403 = 403) {
    super(message);
  }
}

export interface AccessIdentity extends JWTPayload {
  email?: string;
  /** set instead of email when the caller used a service token */
  common_name?: string;
  identity_nonce?: string;
  country?: string;
}

const jwksByTeam = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

function jwksFor(teamDomain: string) {
  let jwks = jwksByTeam.get(teamDomain);
  if (!jwks) {
    // Public signing keys, rotated by Cloudflare every 6 weeks.
    jwks = createRemoteJWKSet(new URL("/cdn-cgi/access/certs", teamDomain), { cooldownDuration: 60_000 });
    jwksByTeam.set(teamDomain, jwks);
  }
  return jwks;
}

function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("Cookie") ?? "";
  for (const part of header.split(/;\s*/)) {
    const [k, ...v] = part.split("=");
    if (k === name) return v.join("=");
  }
  return undefined;
}

export async function verifyAccessJwt(request: Request, teamDomain: string, aud: string): Promise<AccessIdentity> {
  if (!teamDomain || !aud) throw new Error("ACCESS_TEAM_DOMAIN and ACCESS_AUD must be configured");

  const token = request.headers.get("Cf-Access-Jwt-Assertion") ?? readCookie(request, "CF_Authorization");
  if (!token) throw new AccessError("missing Cf-Access-Jwt-Assertion", 403);

  try {
    const { payload } = await jwtVerify(token, jwksFor(teamDomain), {
      issuer: teamDomain,
      audience: aud,
      algorithms: ["RS256"],
    });
    return payload as AccessIdentity;
  } catch (err) {
    throw new AccessError(`invalid Access token: ${(err as Error).message}`, 403);
  }
}
