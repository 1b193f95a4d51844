local k = import 'k.libsonnet';

{
  new(name):: {
    local this = self,
    secret: k.core.v1.secret.new('cloudflared-token', {
      // base64-encoded at render time; value comes from `tk apply --ext-str tunnel_token=$(op read ...)`
      token: std.base64(std.extVar('tunnel_token')),
    }),
    deployment: k.apps.v1.deployment.new(name, replicas=2, containers=[
      k.core.v1.container.new('cloudflared', 'cloudflare/cloudflared:2024.4.1')
      + k.core.v1.container.withArgs(['tunnel', '--no-autoupdate', 'run'])
      + k.core.v1.container.withEnv([
        k.core.v1.envVar.fromSecretRef('TUNNEL_TOKEN', 'cloudflared-token', 'token'),
      ]),
    ]),
  },
}
