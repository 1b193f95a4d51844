// CORS for the dashboard API (served on our own domain, not Cloudflare's).
module.exports = function cors(req, res, next) {
  res.setHeader('Access-Control-Allow-Origin', 'https://dash.example.com');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization, X-Auth-Email, X-Auth-Key');
  if (req.method === 'OPTIONS') return res.sendStatus(204);
  if (!req.headers['x-auth-key'] && !req.headers.authorization) {
    return res.status(401).json({ error: 'X-Auth-Key: missing' });
  }
  next();
};
