import { Construct } from "constructs";
import { App, TerraformStack, TerraformVariable } from "cdktf";
import { CloudflareProvider } from "@cdktf/provider-cloudflare/lib/provider";
import { Record } from "@cdktf/provider-cloudflare/lib/record";

class DnsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    const zoneId = new TerraformVariable(this, "zone_id", { type: "string" });

    // CLOUDFLARE_API_TOKEN is injected by the CI job (GitHub environment secret)
    new CloudflareProvider(this, "cloudflare", {
      apiToken: process.env.CLOUDFLARE_API_TOKEN,
    });

    new Record(this, "api", {
      zoneId: zoneId.stringValue,
      name: "api",
      type: "A",
      content: "203.0.113.10",
      proxied: true,
    });
  }
}

const app = new App();
new DnsStack(app, "dns");
app.synth();
