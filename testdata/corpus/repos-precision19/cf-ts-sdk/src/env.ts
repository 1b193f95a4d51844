/**
 * Typed view of the environment variables the SDK and its CLI helpers read.
 * Parsing never logs values; errors only name the variable.
 */
import { z } from 'zod';

const hex32 = z.string().regex(/^[0-9a-f]{32}$/, 'expected a 32-character hex identifier');

export const CloudflareEnv = z
  .object({
    CLOUDFLARE_API_TOKEN: z.string().min(1).optional(),
    /** @deprecated Global API Key; only honoured together with CLOUDFLARE_EMAIL. */
    CLOUDFLARE_API_KEY: z.string().min(1).optional(),
    CLOUDFLARE_EMAIL: z.string().email().optional(),
    /** @deprecated Origin CA key (X-Auth-User-Service-Key). */
    CLOUDFLARE_API_USER_SERVICE_KEY: z.string().startsWith('v1.0-').optional(),
    CLOUDFLARE_ACCOUNT_ID: hex32.optional(),
    CLOUDFLARE_ZONE_ID: hex32.optional(),
    CLOUDFLARE_BASE_URL: z
      .string()
      .url()
      .refine((u) => !u.startsWith('http://api.cloudflare.com'), {
        message: 'CLOUDFLARE_BASE_URL must use https for api.cloudflare.com',
      })
      .optional(),
    CLOUDFLARE_LOG: z.enum(['debug', 'info', 'warn', 'error', 'off']).default('warn'),
  })
  .superRefine((env, ctx) => {
    if (env.CLOUDFLARE_API_KEY && !env.CLOUDFLARE_EMAIL) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['CLOUDFLARE_EMAIL'],
        message: 'CLOUDFLARE_EMAIL is required when CLOUDFLARE_API_KEY is set',
      });
    }
    if (env.CLOUDFLARE_API_KEY && env.CLOUDFLARE_API_TOKEN) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['CLOUDFLARE_API_KEY'],
        message: 'set either CLOUDFLARE_API_TOKEN or CLOUDFLARE_API_KEY, not both',
      });
    }
  });

export type CloudflareEnv = z.infer<typeof CloudflareEnv>;

export function loadEnv(source: Record<string, string | undefined> = process.env): CloudflareEnv {
  const parsed = CloudflareEnv.safeParse(source);
  if (!parsed.success) {
    const names = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new Error(`Invalid Cloudflare environment: ${names}`);
  }
  return parsed.data;
}
