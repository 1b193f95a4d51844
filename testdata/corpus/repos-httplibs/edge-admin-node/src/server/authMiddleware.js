'use strict';

// Admin UI API: the on-call bot authenticates to *us* with X-Auth-Key / X-Auth-Email
// (same names as Cloudflare's, on purpose so the bot config looks the same).
const crypto = require('crypto');

const BOT_KEY = process.env.ADMIN_BOT_KEY || '';

module.exports = function requireBotKey(req, res, next) {
  const key = req.get('X-Auth-Key') || '';
  const email = req.get('X-Auth-Email') || '';
  const ok =
    BOT_KEY.length > 0 &&
    key.length === BOT_KEY.length &&
    crypto.timingSafeEqual(Buffer.from(key), Buffer.from(BOT_KEY));
  if (!ok) {
    return res.status(401).json({ error: 'unauthorized' });
  }
  req.botUser = email;
  return next();
};
