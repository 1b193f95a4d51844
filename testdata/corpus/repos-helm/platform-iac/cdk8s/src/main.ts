import { App, Chart, ChartProps, Helm } from 'cdk8s';
import { Construct } from 'constructs';

export class EdgeChart extends Chart {
  constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);

    new Helm(this, 'external-dns', {
      chart: 'external-dns',
      repo: 'https://kubernetes-sigs.github.io/external-dns/',
      version: '1.14.3',
      namespace: 'external-dns',
      values: {
        provider: { name: 'cloudflare' },
        env: [
          { name: 'CF_API_TOKEN', value: '{{cfat}}' },
        ],
        domainFilters: ['shopfront.io'],
        policy: 'sync',
      },
    });

    new Helm(this, 'cloudflared', {
      chart: 'cloudflare-tunnel-remote',
      repo: 'https://cloudflare.github.io/helm-charts',
      namespace: 'cloudflared',
      values: {
        cloudflare: { tunnel_token: process.env.CLOUDFLARE_TUNNEL_TOKEN },
      },
    });
  }
}

const app = new App();
new EdgeChart(app, 'edge');
app.synth();
