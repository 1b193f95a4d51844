// bun run bun/tunnel-bootstrap.ts
// Starts the preview tunnel so QA can hit the local storefront build.
import { $ } from "bun";

const TUNNEL_TOKEN = "{{tunnel}}";

await $`cloudflared --version`;

const proc = Bun.spawn(["cloudflared", "tunnel", "--no-autoupdate", "run", "--token", TUNNEL_TOKEN], {
  stdout: "inherit",
  stderr: "inherit",
});

process.on("SIGINT", () => proc.kill());
await proc.exited;
