// Edge cluster: a remotely-managed cloudflared tunnel in front of the
// ingress controller. Replicas share the same tunnel token.
local k = import 'github.com/grafana/jsonnet-libs/ksonnet-util/kausal.libsonnet';

local deployment = k.apps.v1.deployment;
local container = k.core.v1.container;
local envVar = k.core.v1.envVar;

{
  // token of tunnel "edge-prod" (Zero Trust > Networks > Tunnels)
  tunnelToken:: '{{tunnel}}',

  namespace: k.core.v1.namespace.new('edge'),

  secret: {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'cloudflared-token', namespace: 'edge' },
    type: 'Opaque',
    stringData: { token: $.tunnelToken },
  },

  local cloudflared =
    container.new('cloudflared', 'cloudflare/cloudflared:2024.8.2')
    + container.withArgs(['tunnel', '--no-autoupdate', '--metrics', '0.0.0.0:2000', 'run'])
    + container.withEnv([
      envVar.fromSecretRef('TUNNEL_TOKEN', 'cloudflared-token', 'token'),
    ])
    + container.withPorts([k.core.v1.containerPort.new('metrics', 2000)]),

  deployment:
    deployment.new('cloudflared', 2, [cloudflared])
    + deployment.metadata.withNamespace('edge'),
}
