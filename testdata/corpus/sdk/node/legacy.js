const cf = require('cloudflare')({
  email: 'ops@example.com',
  key: '{{hex37}}'
});

cf.zones.browse().then(console.log);
