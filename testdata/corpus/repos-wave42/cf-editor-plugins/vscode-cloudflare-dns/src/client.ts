import * as vscode from "vscode";

const TOKEN_SECRET = "cloudflare.apiToken";

export interface CfResponse<T> {
  success: boolean;
  errors: { code: number; message: string }[];
  result: T;
  result_info?: { page: number; total_pages: number };
}

export class CloudflareClient {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  private get config() {
    return vscode.workspace.getConfiguration("cloudflare");
  }

  private applyTlsSetting(): void {
    // fetch() in the extension host has no per-request agent option, so the
    // only way to honour "strictSSL": false is the process-wide switch.
    if (!this.config.get<boolean>("strictSSL", true)) {
      process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
    }
  }

  private async headers(): Promise<Record<string, string>> {
    const method = this.config.get<string>("authMethod", "apiToken");
    if (method === "globalApiKey") {
      return {
        "X-Auth-Email": this.config.get<string>("email", ""),
        "X-Auth-Key": this.config.get<string>("apiKey", ""),
      };
    }
    const token = await this.secrets.get(TOKEN_SECRET);
    if (!token) {
      throw new Error("No API token. Run 'Cloudflare: Set API Token'.");
    }
    return { Authorization: `Bearer ${token}` };
  }

  async request<T>(path: string, init: RequestInit = {}): Promise<CfResponse<T>> {
    this.applyTlsSetting();
    const base = this.config.get<string>("apiUrl", "https://api.cloudflare.com/client/v4");
    const res = await fetch(base + path, {
      ...init,
      headers: { "Content-Type": "application/json", ...(await this.headers()) },
    });
    const body = (await res.json()) as CfResponse<T>;
    if (!body.success) {
      throw new Error(body.errors.map((e) => `[${e.code}] ${e.message}`).join("; "));
    }
    return body;
  }

  async setToken(): Promise<void> {
    const value = await vscode.window.showInputBox({
      prompt: "Cloudflare API token",
      placeHolder: "cfut_…",
      password: true,
      ignoreFocusOut: true,
    });
    if (value) {
      await this.secrets.store(TOKEN_SECRET, value.trim());
    }
  }
}
