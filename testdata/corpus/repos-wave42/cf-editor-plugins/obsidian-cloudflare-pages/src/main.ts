import { App, Notice, Plugin, PluginSettingTab, Setting, TFile, requestUrl } from "obsidian";

interface CfPagesSettings {
  cloudflareApiToken: string;
  accountId: string;
  projectName: string;
  deployHookUrl: string;
  publishFolder: string;
}

const DEFAULT_SETTINGS: CfPagesSettings = {
  cloudflareApiToken: "",
  accountId: "",
  projectName: "",
  deployHookUrl: "",
  publishFolder: "Published",
};

const API = "https://api.cloudflare.com/client/v4";

export default class CloudflarePagesPublish extends Plugin {
  settings: CfPagesSettings;

  async onload() {
    await this.loadSettings();
    this.addSettingTab(new CfPagesSettingTab(this.app, this));
    this.addCommand({
      id: "publish-now",
      name: "Publish to Cloudflare Pages",
      callback: () => this.publish(),
    });
    this.addRibbonIcon("cloud-upload", "Publish to Cloudflare Pages", () => this.publish());
  }

  async loadSettings() {
    this.settings = Object.assign({}, DEFAULT_SETTINGS, await this.loadData());
  }

  async saveSettings() {
    await this.saveData(this.settings);
  }

  private notePaths(): TFile[] {
    return this.app.vault.getMarkdownFiles().filter((f) => f.path.startsWith(this.settings.publishFolder + "/"));
  }

  async publish() {
    const { cloudflareApiToken, accountId, projectName, deployHookUrl } = this.settings;
    if (deployHookUrl) {
      // Deploy hooks need no token; the site build pulls the notes from git.
      await requestUrl({ url: deployHookUrl, method: "POST" });
      new Notice("Deploy hook triggered");
      return;
    }
    if (!cloudflareApiToken || !accountId || !projectName) {
      new Notice("Cloudflare Pages: set token, account and project in settings");
      return;
    }
    const res = await requestUrl({
      url: `${API}/accounts/${accountId}/pages/projects/${projectName}/deployments`,
      method: "POST",
      headers: { Authorization: `Bearer ${cloudflareApiToken}` },
      throw: false,
    });
    const body = res.json;
    new Notice(body.success ? `Deployment ${body.result.short_id} started (${this.notePaths().length} notes)` : `Failed: ${body.errors?.[0]?.message}`);
  }
}

class CfPagesSettingTab extends PluginSettingTab {
  constructor(app: App, private plugin: CloudflarePagesPublish) {
    super(app, plugin);
  }

  display(): void {
    const { containerEl } = this;
    containerEl.empty();

    new Setting(containerEl)
      .setName("API token")
      .setDesc("Needs Account › Cloudflare Pages › Edit. Stored in this vault's plugin data.json, so keep the vault private.")
      .addText((t) => {
        t.inputEl.type = "password";
        t.setPlaceholder("cfut_xxxxxxxxxxxxxxxx")
          .setValue(this.plugin.settings.cloudflareApiToken)
          .onChange(async (v) => {
            this.plugin.settings.cloudflareApiToken = v.trim();
            await this.plugin.saveSettings();
          });
      });

    new Setting(containerEl).setName("Account ID").addText((t) =>
      t.setPlaceholder("32-character account id").setValue(this.plugin.settings.accountId).onChange(async (v) => {
        this.plugin.settings.accountId = v.trim();
        await this.plugin.saveSettings();
      }),
    );

    new Setting(containerEl).setName("Pages project").addText((t) =>
      t.setValue(this.plugin.settings.projectName).onChange(async (v) => {
        this.plugin.settings.projectName = v.trim();
        await this.plugin.saveSettings();
      }),
    );

    new Setting(containerEl)
      .setName("Deploy hook URL (optional)")
      .setDesc("If set, publishing just calls the hook.")
      .addText((t) =>
        t.setPlaceholder("https://api.cloudflare.com/client/v4/pages/webhooks/deploy_hooks/…").setValue(this.plugin.settings.deployHookUrl).onChange(async (v) => {
          this.plugin.settings.deployHookUrl = v.trim();
          await this.plugin.saveSettings();
        }),
      );
  }
}
