// external-dns for the Cloudflare zones. Ported from the old Helm values
// when we moved the clusters to Tanka.
local k = import 'github.com/grafana/jsonnet-libs/ksonnet-util/kausal.libsonnet';

{
  _config+:: {
    externalDns: {
      image: 'registry.k8s.io/external-dns/external-dns:v0.14.2',
      namespace: 'cert-manager',
      domainFilters: ['example.com', 'example.dev'],
      txtOwnerId: 'k8s-prod',
      // Secret holding the Cloudflare credentials (created per environment)
      secretName: 'cloudflare-credentials',
      // 'token' = scoped API token, 'key' = Global API Key (legacy account only)
      authMode: 'token',
    },
  },

  local deployment = k.apps.v1.deployment,
  local container = k.core.v1.container,
  local envVar = k.core.v1.envVar,

  externalDns+: {
    local c = $._config.externalDns,

    local tokenEnv = [
      envVar.fromSecretRef('CF_API_TOKEN', c.secretName, 'cloudflare-api-token'),
    ],

    local keyEnv = [
      envVar.fromSecretRef('CF_API_EMAIL', c.secretName, 'email'),
      envVar.fromSecretRef('CF_API_KEY', c.secretName, 'cloudflare-api-key'),
    ],

    container::
      container.new('external-dns', c.image)
      + container.withArgs([
        '--source=service',
        '--source=ingress',
        '--provider=cloudflare',
        '--cloudflare-proxied',
        '--registry=txt',
        '--txt-owner-id=' + c.txtOwnerId,
      ] + ['--domain-filter=' + d for d in c.domainFilters])
      + container.withEnv(if c.authMode == 'key' then keyEnv else tokenEnv)
      + container.resources.withRequests({ cpu: '10m', memory: '64Mi' }),

    deployment:
      deployment.new('external-dns', 1, [self.container])
      + deployment.metadata.withNamespace(c.namespace)
      + deployment.spec.template.spec.withServiceAccountName('external-dns'),
  },
}
