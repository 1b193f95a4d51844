local tanka = import 'github.com/grafana/jsonnet-libs/tanka-util/main.libsonnet';
local helm = tanka.helm.new(std.thisFile);
local cloudflared = import 'cloudflared.libsonnet';

{
  externalDns: helm.template('external-dns', '../../charts/external-dns', {
    namespace: 'external-dns',
    values: {
      provider: 'cloudflare',
      cloudflare: {
        apiToken: '{{cfut}}',
        proxied: true,
      },
      domainFilters: ['shopfront.io', 'shopfront-cdn.com'],
      txtOwnerId: 'tanka-prod',
    },
  }),

  cloudflared: cloudflared.new('prod-eu-1'),
}
