process.env.CLOUDFLARE_API_TOKEN ??= '{{tok40}}';
process.env.CLOUDFLARE_ACCOUNT_ID ??= '{{hex32}}';
export {};
