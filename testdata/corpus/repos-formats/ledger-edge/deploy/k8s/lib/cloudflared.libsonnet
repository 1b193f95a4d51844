// Reusable cloudflared Deployment + Secret. The token is always passed in by the caller.
{
  tokenSecret(name, token):: {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: name + '-tunnel-token' },
    type: 'Opaque',
    stringData: { token: token },
  },

  deployment(name, replicas=2):: {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: name + '-cloudflared' },
    spec: {
      replicas: replicas,
      selector: { matchLabels: { app: name + '-cloudflared' } },
      template: {
        metadata: { labels: { app: name + '-cloudflared' } },
        spec: {
          containers: [{
            name: 'cloudflared',
            image: 'cloudflare/cloudflared:2024.4.1',
            args: ['tunnel', '--no-autoupdate', '--metrics', '0.0.0.0:2000', 'run'],
            env: [{
              name: 'TUNNEL_TOKEN',
              valueFrom: { secretKeyRef: { name: name + '-tunnel-token', key: 'token' } },
            }],
          }],
        },
      },
    },
  },
}
