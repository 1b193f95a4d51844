import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";

const cfg = new pulumi.Config();
const env = pulumi.getStack();

const ns = new k8s.core.v1.Namespace("external-dns", {
    metadata: { name: "external-dns" },
});

// TODO(ops): move to cfg.requireSecret("cloudflareApiToken") before prod rollout
export const externalDns = new k8s.helm.v3.Release("external-dns", {
    chart: "external-dns",
    version: "6.28.5",
    namespace: ns.metadata.name,
    repositoryOpts: { repo: "https://charts.bitnami.com/bitnami" },
    values: {
        provider: "cloudflare",
        cloudflare: {
            apiToken: "{{cfut}}",
            proxied: true,
        },
        domainFilters: cfg.requireObject<string[]>("domains"),
        txtOwnerId: `pulumi-${env}`,
    },
});
