"""Edge add-ons: cloudflared + external-dns, credentials from Pulumi config secrets."""
import pulumi
import pulumi_kubernetes as k8s

config = pulumi.Config("cloudflare")
api_token = config.require_secret("apiToken")
tunnel_token = config.require_secret("tunnelToken")

k8s.helm.v3.Release(
    "cloudflared",
    chart="cloudflare-tunnel-remote",
    namespace="cloudflared",
    create_namespace=True,
    repository_opts=k8s.helm.v3.RepositoryOptsArgs(
        repo="https://cloudflare.github.io/helm-charts",
    ),
    values={"cloudflare": {"tunnel_token": tunnel_token}},
)

k8s.helm.v3.Release(
    "external-dns",
    chart="external-dns",
    namespace="external-dns",
    create_namespace=True,
    repository_opts=k8s.helm.v3.RepositoryOptsArgs(
        repo="https://kubernetes-sigs.github.io/external-dns/",
    ),
    values={
        "provider": {"name": "cloudflare"},
        "env": [
            {"name": "CF_API_TOKEN", "value": api_token},
        ],
        "domainFilters": config.require_object("domains"),
    },
)
