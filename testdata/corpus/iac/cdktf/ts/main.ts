import { Construct } from "constructs";
import { App, TerraformStack } from "cdktf";
import { CloudflareProvider } from "@cdktf/provider-cloudflare/lib/provider";

class DnsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new CloudflareProvider(this, "cloudflare", {
      apiKey: "{{hex37}}",
      email: "ops@example.com",
    });
  }
}

const app = new App();
new DnsStack(app, "dns");
app.synth();
