import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { useTranslation } from "react-i18next";

import { classifyCredential, shapeMessageKey } from "@/lib/cloudflare/tokenShape";
import { createTokenUrl, verifyToken, type VerifyResult } from "@/lib/cloudflare/client";

const schema = z.object({
  apiToken: z
    .string()
    .trim()
    .min(1, "cloudflare.apiToken.errors.required")
    .superRefine((value, ctx) => {
      const key = shapeMessageKey(classifyCredential(value));
      if (key) ctx.addIssue({ code: z.ZodIssueCode.custom, message: key });
    }),
  accountId: z
    .string()
    .trim()
    .regex(/^[0-9a-f]{32}$/, "cloudflare.accountId.errors.shape")
    .optional()
    .or(z.literal("")),
});

export type CloudflareCredentials = z.infer<typeof schema>;

export interface CloudflareCredentialsFormProps {
  defaultValues?: Partial<CloudflareCredentials>;
  /** True when a token is already stored server-side; it is never sent back. */
  hasStoredToken?: boolean;
  /** e.g. "cfut_****9f3c", computed by the backend. */
  storedTokenHint?: string;
  onSubmit: (values: CloudflareCredentials) => Promise<void>;
}

export function CloudflareCredentialsForm({
  defaultValues = { apiToken: "", accountId: "" },
  hasStoredToken = false,
  storedTokenHint,
  onSubmit,
}: CloudflareCredentialsFormProps) {
  const { t } = useTranslation("settings");
  const [verify, setVerify] = useState<VerifyResult | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<CloudflareCredentials>({ resolver: zodResolver(schema), defaultValues });

  const onVerify = async () => {
    const { apiToken, accountId } = getValues();
    setVerify(await verifyToken(apiToken, { accountId: accountId || undefined }));
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} className="space-y-4" noValidate>
      <label className="block">
        <span>{t("cloudflare.apiToken.label")}</span>
        <input
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder={
            hasStoredToken && storedTokenHint ? storedTokenHint : t("cloudflare.apiToken.placeholder")
          }
          aria-invalid={!!errors.apiToken}
          {...register("apiToken")}
        />
        <small>
          {t("cloudflare.apiToken.help")}{" "}
          <a href={createTokenUrl(getValues("accountId"))} target="_blank" rel="noreferrer">
            {t("cloudflare.apiToken.createLink")}
          </a>
        </small>
        {errors.apiToken?.message && <p role="alert">{t(errors.apiToken.message)}</p>}
      </label>

      <label className="block">
        <span>{t("cloudflare.accountId.label")}</span>
        <input type="text" placeholder="0123456789abcdef0123456789abcdef" {...register("accountId")} />
        <small>{t("cloudflare.accountId.help")}</small>
        {errors.accountId?.message && <p role="alert">{t(errors.accountId.message)}</p>}
      </label>

      <div className="flex gap-2">
        <button type="button" onClick={onVerify}>
          {t("cloudflare.verify")}
        </button>
        <button type="submit" disabled={isSubmitting}>
          {t("common.save")}
        </button>
      </div>

      {verify && (
        <p role="status">
          {verify.ok
            ? t("cloudflare.verifyOk", { expires: verify.expiresOn ?? t("common.never") })
            : t("cloudflare.verifyFailed", { code: verify.errorCode ?? "?" })}
        </p>
      )}
    </form>
  );
}
