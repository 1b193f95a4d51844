// external-dns for Cloudflare, rendered by tanka (environments/*/main.jsonnet)
local k = import 'k.libsonnet';
local container = k.core.v1.container;
local envVar = k.core.v1.envVar;

{
  _config+:: {
    externalDns: {
      image: 'registry.k8s.io/external-dns/external-dns:v0.14.2',
      domainFilters: ['example.com'],
      txtOwnerId: std.extVar('cluster'),
    },
  },

  externalDns: {
    container::
      container.new('external-dns', $._config.externalDns.image)
      + container.withArgs([
        '--source=ingress',
        '--provider=cloudflare',
        '--cloudflare-proxied',
        '--txt-owner-id=' + $._config.externalDns.txtOwnerId,
      ] + ['--domain-filter=' + d for d in $._config.externalDns.domainFilters])
      + container.withEnv([
        envVar.fromSecretRef('CF_API_TOKEN', 'cloudflare-external-dns', 'api-token'),
      ]),
  },
}
