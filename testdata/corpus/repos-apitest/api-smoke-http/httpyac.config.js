// httpyac configuration (https://httpyac.github.io/guide/config.html)
module.exports = {
  log: {
    level: 10,
    supportAnsiColors: true,
  },
  request: {
    timeout: 10000,
    https: {
      rejectUnauthorized: false,
    },
  },
  environments: {
    $shared: {
      baseUrl: 'https://api.cloudflare.com/client/v4',
    },
    prod: {
      cfToken: '{{tok40}}',
      zoneId: '{{hex32}}',
    },
  },
};
