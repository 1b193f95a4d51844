// Runtime configuration for the edge deploy tool.
module.exports = {
  environment: process.env.NODE_ENV || 'development',
  cloudflare: {
    accountId: '{{hex32}}',
    zoneId: '{{hex32}}',
    apiToken: '{{tok40}}',
  },
  sentry: {
    dsn: 'https://{{hex32}}@o0.ingest.sentry.io/0',
  },
  github: {
    token: process.env.GITHUB_TOKEN,
  },
};
