// Legacy cluster. example.org still sits in the old Cloudflare account,
// which was never moved off the Global API Key (see INFRA-311).
local externalDns = import 'external-dns.libsonnet';

externalDns {
  _config+:: {
    externalDns+: {
      domainFilters: ['example.org'],
      txtOwnerId: 'k8s-legacy',
      authMode: 'key',
    },
  },

  cloudflareCredentials: {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'cloudflare-credentials', namespace: 'cert-manager' },
    type: 'Opaque',
    stringData: {
      email: 'dns-admin@example.org',
      'cloudflare-api-key': '{{hex37}}',
    },
  },

  letsencryptIssuer: {
    apiVersion: 'cert-manager.io/v1',
    kind: 'ClusterIssuer',
    metadata: { name: 'letsencrypt-dns' },
    spec: {
      acme: {
        server: 'https://acme-v02.api.letsencrypt.org/directory',
        email: 'dns-admin@example.org',
        privateKeySecretRef: { name: 'letsencrypt-dns-account' },
        solvers: [{
          dns01: {
            cloudflare: {
              email: 'dns-admin@example.org',
              apiKeySecretRef: { name: 'cloudflare-credentials', key: 'cloudflare-api-key' },
            },
          },
        }],
      },
    },
  },
}
