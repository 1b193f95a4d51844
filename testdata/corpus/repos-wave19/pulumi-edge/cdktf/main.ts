import { Construct } from "constructs";
import { App, TerraformStack, TerraformOutput, S3Backend } from "cdktf";
import { CloudflareProvider } from "@cdktf/provider-cloudflare/lib/provider";
import { Record } from "@cdktf/provider-cloudflare/lib/record";
import { PageRule } from "@cdktf/provider-cloudflare/lib/page-rule";

const ZONE_ID = "{{hex32}}";

class DocsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    new S3Backend(this, {
      bucket: "platform-tfstate",
      key: "cdktf/docs.tfstate",
      region: "auto",
      endpoints: { s3: "https://{{hex32#r2acct}}.r2.cloudflarestorage.com" },
      skipCredentialsValidation: true,
      skipRegionValidation: true,
      skipRequestingAccountId: true,
      usePathStyle: true,
    });

    new CloudflareProvider(this, "cloudflare", {
      apiToken: "{{cfut}}",
    });

    const docs = new Record(this, "docs", {
      zoneId: ZONE_ID,
      name: "docs",
      type: "CNAME",
      value: "example-docs.pages.dev",
      proxied: true,
    });

    new PageRule(this, "docs-cache", {
      zoneId: ZONE_ID,
      target: "docs.example.com/assets/*",
      priority: 1,
      actions: {
        cacheLevel: "cache_everything",
        edgeCacheTtl: 86400,
      },
    });

    new TerraformOutput(this, "docs_hostname", { value: docs.hostname });
  }
}

const app = new App();
new DocsStack(app, "docs");
app.synth();
