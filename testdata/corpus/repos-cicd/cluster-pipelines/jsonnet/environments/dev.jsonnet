// tk env for the kind dev cluster
(import '../external-dns.libsonnet') + {
  _config+:: {
    externalDns+: {
      domainFilters: ['dev.example.com'],
    },
  },

  // dev cluster has no sealed-secrets controller, so the secret is rendered inline
  cloudflareSecret: {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'cloudflare-external-dns', namespace: 'external-dns' },
    stringData: {
      'api-token': '{{tok40}}',
    },
  },
}
