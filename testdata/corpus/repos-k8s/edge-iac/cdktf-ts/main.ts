import { Construct } from "constructs";
import { App, TerraformStack, TerraformOutput } from "cdktf";
import { CloudflareProvider } from "@cdktf/provider-cloudflare/lib/provider";
import { Record } from "@cdktf/provider-cloudflare/lib/record";
import { ZoneSettingsOverride } from "@cdktf/provider-cloudflare/lib/zone-settings-override";

const ZONE_ID = "{{hex32}}";

class EdgeStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    new CloudflareProvider(this, "cloudflare", {
      apiToken: "{{cfat}}",
    });

    const www = new Record(this, "www", {
      zoneId: ZONE_ID,
      name: "www",
      type: "CNAME",
      content: "example-site.pages.dev",
      proxied: true,
    });

    new ZoneSettingsOverride(this, "settings", {
      zoneId: ZONE_ID,
      settings: { ssl: "strict", alwaysUseHttps: "on", minTlsVersion: "1.2" },
    });

    new TerraformOutput(this, "www_hostname", { value: www.hostname });
  }
}

const app = new App();
new EdgeStack(app, "edge-prod");
app.synth();
