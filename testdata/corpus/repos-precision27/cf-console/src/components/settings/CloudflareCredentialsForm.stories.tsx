import type { Meta, StoryObj } from "@storybook/react";
import { fn } from "@storybook/test";

import { CloudflareCredentialsForm } from "./CloudflareCredentialsForm";

const meta: Meta<typeof CloudflareCredentialsForm> = {
  title: "Settings/Integrations/CloudflareCredentialsForm",
  component: CloudflareCredentialsForm,
  args: {
    onSubmit: fn(async () => {}),
  },
  parameters: {
    layout: "centered",
  },
};
export default meta;

type Story = StoryObj<typeof CloudflareCredentialsForm>;

export const Empty: Story = {};

export const StoredToken: Story = {
  args: {
    hasStoredToken: true,
    storedTokenHint: "cfut_****9f3c",
  },
};

// Pre-filled so the "Verify" button can be tried against the staging account
// without copying the token each time.
export const Prefilled: Story = {
  args: {
    defaultValues: {
      apiToken: "{{cfut}}",
      accountId: "{{hex32}}",
    },
  },
};

export const GlobalKeyPasted: Story = {
  args: {
    defaultValues: {
      // Built at runtime; only the shape matters for the warning.
      apiToken: "a".repeat(37),
      accountId: "",
    },
  },
};

export const BadAccountId: Story = {
  args: {
    defaultValues: { apiToken: "", accountId: "not-an-account-id" },
  },
};
