const hooks = require('hooks');

const token = process.env.CF_API_TOKEN;
const zoneId = process.env.CF_ZONE_ID;

hooks.beforeAll((transactions, done) => {
  if (!token) {
    hooks.log('CF_API_TOKEN is not set; transactions will fail with 400');
  }
  done();
});

hooks.beforeEach((transaction, done) => {
  // prefer scoped tokens over the legacy X-Auth-Key header set in dredd.yml
  if (token) {
    delete transaction.request.headers['X-Auth-Key'];
    delete transaction.request.headers['X-Auth-Email'];
    transaction.request.headers['Authorization'] = `Bearer ${token}`;
  }
  transaction.fullPath = transaction.fullPath.replace('{zone_id}', zoneId);
  done();
});
