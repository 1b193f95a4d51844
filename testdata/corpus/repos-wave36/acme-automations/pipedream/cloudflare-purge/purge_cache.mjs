// Pipedream workflow: "CMS publish -> purge Cloudflare"
// Step: purge_cache (Node.js code step)
//
// Trigger is the Contentful webhook; previous step `extract_urls` returns the
// list of public URLs that changed. Uses the "Cloudflare (API Key)" app
// because the token-based app was not available when this was built.
import { axios } from "@pipedream/platform";

export default defineComponent({
  props: {
    cloudflare_api_key: {
      type: "app",
      app: "cloudflare_api_key",
    },
    zone_id: {
      type: "string",
      label: "Zone ID",
      default: "2f6b9d1e4a7c0358e3b1d6f9a2c4e7b0",
    },
  },
  async run({ steps, $ }) {
    const urls = steps.extract_urls.$return_value || [];
    if (urls.length === 0) {
      $.flow.exit("nothing to purge");
    }

    const chunks = [];
    for (let i = 0; i < urls.length; i += 30) {
      chunks.push(urls.slice(i, i + 30));
    }

    const results = [];
    for (const files of chunks) {
      const res = await axios($, {
        method: "POST",
        url: `https://api.cloudflare.com/client/v4/zones/${this.zone_id}/purge_cache`,
        headers: {
          "X-Auth-Email": `${this.cloudflare_api_key.$auth.Email}`,
          "X-Auth-Key": `${this.cloudflare_api_key.$auth.API_Key}`,
          "Content-Type": "application/json",
        },
        data: { files },
      });
      results.push(res.result?.id);
    }

    $.export("$summary", `Purged ${urls.length} URLs in ${chunks.length} request(s)`);
    return results;
  },
});
