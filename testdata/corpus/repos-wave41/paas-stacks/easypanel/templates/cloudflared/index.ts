import { Output, Services } from "~templates-utils";
import { Input } from "./meta";

// Easypanel template: Cloudflare Tunnel.
// The tunnel token is asked for in the template form (schema in meta.yaml) and lands
// in the service's environment; nothing secret is kept in this repository.
export function generate(input: Input): Output {
  const services: Services = [];

  const env = [
    `TUNNEL_TOKEN=${input.tunnelToken}`,
    `TUNNEL_METRICS=0.0.0.0:2000`,
    `TUNNEL_LOGLEVEL=${input.logLevel ?? "info"}`,
  ];

  if (input.protocol && input.protocol !== "auto") {
    env.push(`TUNNEL_TRANSPORT_PROTOCOL=${input.protocol}`);
  }

  services.push({
    type: "app",
    data: {
      serviceName: input.appServiceName,
      env: env.join("\n"),
      source: {
        type: "image",
        image: input.appServiceImage,
      },
      deploy: {
        replicas: 1,
        command: "cloudflared tunnel --no-autoupdate run",
        zeroDowntime: true,
      },
      domains: [],
      mounts: [],
    },
  });

  return { services };
}
