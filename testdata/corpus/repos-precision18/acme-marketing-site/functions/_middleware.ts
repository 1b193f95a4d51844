// Protects /admin/* (the CMS preview pages) with Cloudflare Access.
// Access itself blocks unauthenticated users at the edge; this middleware is
// defence in depth: it checks that the request really came through Access by
// validating the Cf-Access-Jwt-Assertion against the team's public certs.
import { createRemoteJWKSet, jwtVerify } from "jose";

interface Env {
  ACCESS_TEAM_DOMAIN: string; // https://acme.cloudflareaccess.com
  ACCESS_AUD: string; // Application Audience (AUD) tag, not a secret
}

let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

const requireAccess: PagesFunction<Env> = async ({ request, env, next }) => {
  const url = new URL(request.url);
  if (!url.pathname.startsWith("/admin")) return next();

  const assertion = request.headers.get("Cf-Access-Jwt-Assertion");
  if (!assertion) return new Response("Forbidden", { status: 403 });

  jwks ??= createRemoteJWKSet(new URL(`${env.ACCESS_TEAM_DOMAIN}/cdn-cgi/access/certs`));
  try {
    const { payload } = await jwtVerify(assertion, jwks, {
      issuer: env.ACCESS_TEAM_DOMAIN,
      audience: env.ACCESS_AUD,
    });
    const res = await next();
    const out = new Response(res.body, res);
    out.headers.set("X-Admin-User", String(payload.email ?? payload.common_name ?? "service"));
    return out;
  } catch {
    return new Response("Forbidden", { status: 403 });
  }
};

const securityHeaders: PagesFunction<Env> = async ({ next }) => {
  const res = await next();
  const out = new Response(res.body, res);
  out.headers.set("X-Content-Type-Options", "nosniff");
  return out;
};

export const onRequest = [securityHeaders, requireAccess];
