// CDKTF stack for the podcast zone. Kept in this repo because it shares
// origins with edge-ts; synthesised to Terraform JSON and applied in CI.
import { Construct } from "constructs";
import { App, TerraformStack, TerraformVariable, Fn } from "cdktf";
import { CloudflareProvider } from "@cdktf/provider-cloudflare/lib/provider";
import { Healthcheck } from "@cdktf/provider-cloudflare/lib/healthcheck";
import { PageRule } from "@cdktf/provider-cloudflare/lib/page-rule";
import { Ruleset } from "@cdktf/provider-cloudflare/lib/ruleset";
import { WorkersRoute } from "@cdktf/provider-cloudflare/lib/workers-route";

class PodcastStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    // Token only; CI exports CLOUDFLARE_API_TOKEN from the secret store.
    new CloudflareProvider(this, "cloudflare", {
      apiToken: process.env.CLOUDFLARE_API_TOKEN,
    });

    const zoneId = new TerraformVariable(this, "zone_id", { type: "string" });

    new Healthcheck(this, "feed-origin", {
      zoneId: zoneId.stringValue,
      name: "feed-origin",
      address: "feeds-origin.podcast-example.fm",
      type: "HTTPS",
      port: 443,
      path: "/rss/health",
      expectedCodes: ["200"],
      allowInsecure: true, // origin cert is for feeds.internal only
      checkRegions: ["WEU"],
    });

    // Podcatchers still request http://feeds.podcast-example.fm/...
    new PageRule(this, "feeds-http-forward", {
      zoneId: zoneId.stringValue,
      target: "http://feeds.podcast-example.fm/*",
      priority: 1,
      actions: {
        forwardingUrl: {
          url: "https://feeds.podcast-example.fm/$1",
          statusCode: 301,
        },
      },
    });

    new Ruleset(this, "episode-redirects", {
      zoneId: zoneId.stringValue,
      name: "episode redirects",
      kind: "zone",
      phase: "http_request_dynamic_redirect",
      rules: [
        {
          action: "redirect",
          expression: '(http.request.uri.path matches "^/ep/[0-9]+$")',
          description: "Short episode links to the old CMS (http only)",
          actionParameters: {
            fromValue: {
              statusCode: 302,
              targetUrl: {
                expression: Fn.rawString(
                  'concat("http://cms-legacy.podcast-example.fm/episodes/", substring(http.request.uri.path, 4))',
                ),
              },
              preserveQueryString: false,
            },
          },
        },
      ],
    });

    new WorkersRoute(this, "player-route", {
      zoneId: zoneId.stringValue,
      pattern: "player.podcast-example.fm/*",
      scriptName: "podcast-player",
    });
  }
}

const app = new App();
new PodcastStack(app, "podcast");
app.synth();
