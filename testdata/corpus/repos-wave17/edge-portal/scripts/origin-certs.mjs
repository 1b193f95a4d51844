#!/usr/bin/env node
// List Origin CA certificates that expire within 60 days.
// Requires CF_ORIGIN_CA_KEY (Origin CA key from the dashboard profile page).
import { request } from "undici";

const ZONE_ID = process.env.CF_ZONE_ID;
const key = process.env.CF_ORIGIN_CA_KEY;
if (!ZONE_ID || !key) {
  console.error("CF_ZONE_ID and CF_ORIGIN_CA_KEY are required");
  process.exit(2);
}

const { statusCode, body } = await request(
  `https://api.cloudflare.com/client/v4/certificates?zone_id=${ZONE_ID}`,
  {
    method: "GET",
    headers: {
      "x-auth-user-service-key": key,
      accept: "application/json",
    },
  },
);

const payload = await body.json();
if (statusCode !== 200 || !payload.success) {
  console.error("request failed", statusCode, payload.errors);
  process.exit(1);
}

const soon = Date.now() + 60 * 24 * 3600 * 1000;
for (const cert of payload.result) {
  const exp = Date.parse(cert.expires_on);
  if (exp < soon) {
    console.log(`${cert.id}\t${cert.hostnames.join(",")}\t${cert.expires_on}`);
  }
}
