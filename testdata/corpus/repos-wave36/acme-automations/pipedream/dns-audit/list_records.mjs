// Pipedream workflow: "Nightly DNS audit"
// Step: list_records
//
// Pulls every DNS record of the zone with a read-only API token (env var) and
// diffs it against the CMDB export. The CMDB sits behind the corporate CA,
// which Pipedream's runtime does not trust, hence the custom agent below.
import https from "node:https";
import { axios } from "@pipedream/platform";

// Only used for the CMDB call. Cloudflare requests keep default TLS.
const cmdbAgent = new https.Agent({ rejectUnauthorized: false });

export default defineComponent({
  props: {
    zoneId: {
      type: "string",
      label: "Zone ID",
    },
  },
  async run({ steps, $ }) {
    const records = [];
    let page = 1;
    for (;;) {
      const res = await axios($, {
        url: `https://api.cloudflare.com/client/v4/zones/${this.zoneId}/dns_records`,
        params: { page, per_page: 100 },
        headers: {
          Authorization: `Bearer ${process.env.CLOUDFLARE_AUDIT_TOKEN}`,
        },
      });
      records.push(...res.result);
      if (page >= res.result_info.total_pages) break;
      page += 1;
    }

    const cmdb = await axios($, {
      url: "https://cmdb.corp.acme.example/api/v2/dns/expected",
      httpsAgent: cmdbAgent,
      headers: { "X-API-Key": process.env.CMDB_API_KEY },
    });

    const expected = new Set(cmdb.records.map((r) => `${r.type}:${r.name}`));
    const unexpected = records.filter((r) => !expected.has(`${r.type}:${r.name}`));

    $.export("$summary", `${records.length} records, ${unexpected.length} not in CMDB`);
    return unexpected.map((r) => ({ id: r.id, type: r.type, name: r.name, content: r.content }));
  },
});
