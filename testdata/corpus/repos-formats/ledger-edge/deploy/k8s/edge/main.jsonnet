local cloudflared = import '../lib/cloudflared.libsonnet';

local name = 'ledger-edge';

{
  'secret.json': cloudflared.tokenSecret(name, '{{tunnel}}'),
  'deployment.json': cloudflared.deployment(name, replicas=3),
}
