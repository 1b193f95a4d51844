import { CloudFrontClient, CreateInvalidationCommand } from "@aws-sdk/client-cloudfront";

import type { Config } from "../config";
import type { Purger, PurgeRequest, PurgeResult } from "./types";

// Credentials come from the default AWS provider chain (IRSA in the cluster,
// AWS_PROFILE locally). Nothing is configured here.
export class CloudFrontPurger implements Purger {
  readonly name = "cloudfront";
  private readonly client: CloudFrontClient;

  constructor(private readonly cfg: NonNullable<Config["cloudfront"]>) {
    this.client = new CloudFrontClient({ region: cfg.region });
  }

  async purge(req: PurgeRequest): Promise<PurgeResult> {
    const paths = req.everything ? ["/*"] : (req.urls ?? []).map((u) => new URL(u).pathname);
    if (paths.length === 0) {
      return { provider: this.name, purged: 0 };
    }
    const out = await this.client.send(
      new CreateInvalidationCommand({
        DistributionId: this.cfg.distributionId,
        InvalidationBatch: {
          CallerReference: `cdn-purge-${Date.now()}`,
          Paths: { Quantity: paths.length, Items: paths },
        },
      }),
    );
    return { provider: this.name, purged: req.everything ? "everything" : paths.length, ref: out.Invalidation?.Id };
  }
}
