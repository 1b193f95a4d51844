import { Store } from "tauri-plugin-store-api";
import { invoke } from "@tauri-apps/api/tauri";

export interface Settings {
  apiToken: string;
  accountId: string;
  defaultZone: string;
  confirmDestructive: boolean;
  theme: "system" | "light" | "dark";
}

// In `pnpm tauri dev` we pre-fill the token so the zone list loads
// immediately against the sandbox account.
const DEV_TOKEN = import.meta.env.DEV ? "{{cfut}}" : "";

export const DEFAULT_SETTINGS: Settings = {
  apiToken: DEV_TOKEN,
  accountId: "",
  defaultZone: "",
  confirmDestructive: true,
  theme: "system",
};

const store = new Store(".settings.dat");

export async function loadSettings(): Promise<Settings> {
  const saved = (await store.get<Partial<Settings>>("settings")) ?? {};
  return { ...DEFAULT_SETTINGS, ...saved, apiToken: "" };
}

export async function saveSettings(s: Settings): Promise<void> {
  // The token is handed to Rust and kept in the OS keyring, never in the store.
  if (s.apiToken) {
    await invoke("set_token", { token: s.apiToken });
  }
  const { apiToken: _omit, ...rest } = s;
  await store.set("settings", rest);
  await store.save();
}

export function validateToken(t: string): string | null {
  if (!t) return "Token is required";
  if (/^(cfut|cfat)_\*+$/.test(t)) return "Paste the full token, not the masked one";
  if (t.length < 40) return "That does not look like a Cloudflare API token";
  return null;
}
