import nock from "nock";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { CloudflareApi } from "../src/cloudflare.js";
import type { DeployerConfig } from "../src/config.js";
import scripts from "./fixtures/workers-scripts.json" assert { type: "json" };

const ACCOUNT = "01a7362d577a6c3019a474fd6f485823";

const cfg: DeployerConfig = {
  apiBaseUrl: "https://api.cloudflare.com/client/v4",
  apiToken: "test-token",
  accountId: ACCOUNT,
  dryRun: false,
  timeoutMs: 2000,
};

beforeAll(() => {
  // Every request must hit an interceptor; nothing reaches the network.
  nock.disableNetConnect();
});

afterEach(() => {
  nock.cleanAll();
});

describe("CloudflareApi with nock", () => {
  it("lists scripts", async () => {
    const scope = nock("https://api.cloudflare.com")
      .get(`/client/v4/accounts/${ACCOUNT}/workers/scripts`)
      .matchHeader("authorization", "Bearer test-token")
      .reply(200, scripts);

    const api = new CloudflareApi(cfg);
    const result = await api.listScripts();

    expect(result).toHaveLength(2);
    expect(result[0].id).toBe("edge-router");
    scope.done();
  });

  it("surfaces API errors", async () => {
    nock("https://api.cloudflare.com")
      .delete(`/client/v4/accounts/${ACCOUNT}/workers/scripts/missing`)
      .reply(404, {
        success: false,
        errors: [{ code: 10007, message: "workers.api.error.script_not_found" }],
        messages: [],
        result: null,
      });

    const api = new CloudflareApi({ ...cfg, apiToken: "fake-key" });
    await expect(api.deleteScript("missing")).rejects.toThrow(/10007/);
  });
});
