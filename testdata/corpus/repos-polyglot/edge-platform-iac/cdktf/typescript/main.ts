import { Construct } from "constructs";
import { App, TerraformStack, TerraformVariable } from "cdktf";
import { CloudflareProvider } from "@cdktf/provider-cloudflare/lib/provider";
import { Record } from "@cdktf/provider-cloudflare/lib/record";
import { PageRule } from "@cdktf/provider-cloudflare/lib/page-rule";

class LegacyZonesStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    // The legacy zones still live under the old owner account; tokens can't be
    // created there yet, so this stack uses the account's Global API key.
    new CloudflareProvider(this, "cloudflare", {
      email: "owner@example-legacy.com",
      apiKey: "{{cfk}}",
    });

    const zoneId = new TerraformVariable(this, "zone_id", { type: "string" });

    new Record(this, "mx1", {
      zoneId: zoneId.stringValue,
      name: "@",
      type: "MX",
      content: "mx1.mail.example-legacy.com",
      priority: 10,
    });

    new PageRule(this, "force-https", {
      zoneId: zoneId.stringValue,
      target: "http://*example-legacy.com/*",
      actions: { alwaysUseHttps: true },
    });
  }
}

class NewZonesStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const token = new TerraformVariable(this, "cloudflare_api_token", { type: "string", sensitive: true });
    new CloudflareProvider(this, "cloudflare", { apiToken: token.stringValue });
  }
}

const app = new App();
new LegacyZonesStack(app, "legacy-zones");
new NewZonesStack(app, "new-zones");
app.synth();
