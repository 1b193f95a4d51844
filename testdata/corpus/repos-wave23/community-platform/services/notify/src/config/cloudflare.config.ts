import { registerAs } from '@nestjs/config';
import * as Joi from 'joi';

/**
 * Cloudflare settings for the notify service. Loaded through
 * ConfigModule.forRoot({ envFilePath: '.env', load: [cloudflareConfig] });
 * the .env file is produced by `infisical export --env=prod` on the host.
 */
export const cloudflareValidation = Joi.object({
  CLOUDFLARE_API_BASE_URL: Joi.string().uri().default('https://api.cloudflare.com/client/v4'),
  CLOUDFLARE_API_TOKEN: Joi.string().required(),
  CLOUDFLARE_ACCOUNT_ID: Joi.string().length(32).required(),
  CLOUDFLARE_QUEUE_ID: Joi.string().length(32).required(),
  CF_ACCESS_CLIENT_ID: Joi.string().required(),
  CF_ACCESS_CLIENT_SECRET: Joi.string().required(),
});

export default registerAs('cloudflare', () => ({
  baseUrl: process.env.CLOUDFLARE_API_BASE_URL ?? 'https://api.cloudflare.com/client/v4',
  apiToken: process.env.CLOUDFLARE_API_TOKEN,
  accountId: process.env.CLOUDFLARE_ACCOUNT_ID,
  queueId: process.env.CLOUDFLARE_QUEUE_ID,
  access: {
    clientId: process.env.CF_ACCESS_CLIENT_ID,
    clientSecret: process.env.CF_ACCESS_CLIENT_SECRET,
  },
}));

export type CloudflareConfig = ReturnType<typeof import('./cloudflare.config').default>;
