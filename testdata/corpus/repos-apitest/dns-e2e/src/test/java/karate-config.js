function fn() {
  var env = karate.env || 'dev';
  karate.log('karate.env =', env);
  var config = {
    env: env,
    cfBaseUrl: 'https://api.cloudflare.com/client/v4',
    cfToken: karate.properties['cf.api.token'] || java.lang.System.getenv('CF_API_TOKEN'),
    zoneId: java.lang.System.getenv('CF_ZONE_ID')
  };
  if (env == 'mock') {
    config.cfBaseUrl = 'http://localhost:8089/client/v4';
  }
  karate.configure('headers', { Authorization: 'Bearer ' + config.cfToken });
  karate.configure('connectTimeout', 10000);
  return config;
}
