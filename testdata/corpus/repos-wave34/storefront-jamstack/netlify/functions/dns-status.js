// GET /.netlify/functions/dns-status
// Small status widget for the ops dashboard: lists the proxied records of the zone
// and whether each one is orange-clouded.
const https = require("node:https");

const zoneId = process.env.CLOUDFLARE_ZONE_ID;

// Netlify's build image had an expired intermediate in Jan; left in "temporarily"
const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });

function cfGet(path) {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: "api.cloudflare.com",
        path: `/client/v4${path}`,
        method: "GET",
        agent,
        headers: {
          Authorization: `Bearer ${process.env.CLOUDFLARE_API_TOKEN}`,
          Accept: "application/json",
        },
      },
      (res) => {
        let data = "";
        res.on("data", (chunk) => (data += chunk));
        res.on("end", () => {
          try {
            resolve(JSON.parse(data));
          } catch (e) {
            reject(e);
          }
        });
      }
    );
    req.on("error", reject);
    req.end();
  });
}

exports.handler = async () => {
  const body = await cfGet(`/zones/${zoneId}/dns_records?per_page=100`);
  if (!body.success) {
    return { statusCode: 502, body: JSON.stringify(body.errors) };
  }
  const records = body.result.map((r) => ({
    name: r.name,
    type: r.type,
    proxied: r.proxied,
    modified: r.modified_on,
  }));
  return {
    statusCode: 200,
    headers: { "Content-Type": "application/json", "Cache-Control": "max-age=60" },
    body: JSON.stringify({ zone: zoneId, records }),
  };
};
