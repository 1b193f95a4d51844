// Production cluster. Secret material is never committed: values are
// passed at apply time, e.g.
//   tk apply environments/prod \
//     --ext-str CF_API_TOKEN="$(op read op://infra/cloudflare-dns/credential)"
local externalDns = import 'external-dns.libsonnet';

externalDns {
  _config+:: {
    externalDns+: {
      txtOwnerId: 'k8s-prod',
      authMode: 'token',
    },
  },

  cloudflareCredentials: {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'cloudflare-credentials', namespace: 'cert-manager' },
    type: 'Opaque',
    data: {
      'cloudflare-api-token': std.base64(std.extVar('CF_API_TOKEN')),
    },
  },

  letsencryptIssuer: {
    apiVersion: 'cert-manager.io/v1',
    kind: 'ClusterIssuer',
    metadata: { name: 'letsencrypt-dns' },
    spec: {
      acme: {
        server: 'https://acme-v02.api.letsencrypt.org/directory',
        email: 'platform@example.com',
        privateKeySecretRef: { name: 'letsencrypt-dns-account' },
        solvers: [{
          dns01: {
            cloudflare: {
              apiTokenSecretRef: { name: 'cloudflare-credentials', key: 'cloudflare-api-token' },
            },
          },
        }],
      },
    },
  },

  // Not secret: used by the tunnel-route job and the dashboards.
  cloudflareIds:: {
    accountId: '{{hex32}}',
    zoneId: '{{hex32}}',
  },
}
