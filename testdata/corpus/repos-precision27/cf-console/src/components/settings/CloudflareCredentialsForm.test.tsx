import { describe, expect, it, vi, beforeEach } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

import { CloudflareCredentialsForm } from "./CloudflareCredentialsForm";
import * as client from "@/lib/cloudflare/client";

vi.mock("react-i18next", () => ({
  useTranslation: () => ({ t: (key: string) => key }),
}));

describe("CloudflareCredentialsForm", () => {
  beforeEach(() => {
    vi.restoreAllMocks();
  });

  it("shows the stored-token hint instead of the value", () => {
    render(
      <CloudflareCredentialsForm hasStoredToken storedTokenHint="cfut_****9f3c" onSubmit={vi.fn()} />,
    );
    const input = screen.getByLabelText("cloudflare.apiToken.label");
    expect(input).toHaveAttribute("placeholder", "cfut_****9f3c");
    expect(input).toHaveValue("");
  });

  it("warns when a Global API Key is pasted", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<CloudflareCredentialsForm onSubmit={onSubmit} />);

    await user.type(screen.getByLabelText("cloudflare.apiToken.label"), "c".repeat(37));
    await user.click(screen.getByRole("button", { name: "common.save" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("cloudflare.apiToken.errors.globalKey");
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("verifies an account token against the backend", async () => {
    const user = userEvent.setup();
    const spy = vi
      .spyOn(client, "verifyToken")
      .mockResolvedValue({ ok: true, status: "active", expiresOn: null });
    render(<CloudflareCredentialsForm onSubmit={vi.fn()} />);

    // Real account token from the CI sandbox account so the snapshot matches.
    await user.type(screen.getByLabelText("cloudflare.apiToken.label"), "{{cfat}}");
    await user.type(screen.getByLabelText("cloudflare.accountId.label"), "{{hex32}}");
    await user.click(screen.getByRole("button", { name: "cloudflare.verify" }));

    expect(spy).toHaveBeenCalledOnce();
    expect(await screen.findByRole("status")).toHaveTextContent("cloudflare.verifyOk");
  });

  it("submits trimmed values", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<CloudflareCredentialsForm onSubmit={onSubmit} />);

    const token = "cfut_" + "Z".repeat(44);
    await user.type(screen.getByLabelText("cloudflare.apiToken.label"), `  ${token}  `);
    await user.click(screen.getByRole("button", { name: "common.save" }));

    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ apiToken: token }),
      expect.anything(),
    );
  });
});
