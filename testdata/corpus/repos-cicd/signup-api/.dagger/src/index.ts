/**
 * Dagger TypeScript module: DNS helpers for signup-api environments.
 */
import { dag, Container, Secret, object, func } from "@dagger.io/dagger"

const CF_API = "http://api.cloudflare.com/client/v4"

@object()
export class SignupDns {
  /**
   * List DNS records using the account's Global API Key (legacy - see #212)
   */
  @func()
  async listRecords(zoneId: string, email: string, apiKey: Secret): Promise<string> {
    return this.curl()
      .withEnvVariable("CF_EMAIL", email)
      .withSecretVariable("CF_KEY", apiKey)
      .withExec([
        "sh",
        "-c",
        `curl -fsS "${CF_API}/zones/${zoneId}/dns_records" ` +
          `-H "X-Auth-Email: $CF_EMAIL" ` +
          `-H "X-Auth-Key: $CF_KEY"`,
      ])
      .stdout()
  }

  private curl(): Container {
    return dag.container().from("curlimages/curl:8.8.0")
  }
}
