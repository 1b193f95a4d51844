-- npx wrangler d1 execute shortener --local --file=./seed/dev-seed.sql
DELETE FROM links;
DELETE FROM integrations;

INSERT INTO links (slug, target) VALUES
  ('gh', 'https://github.com/acme/edge-shortener'),
  ('docs', 'https://developers.cloudflare.com/workers/'),
  ('blog', 'https://blog.acme.dev');

-- analytics sync uses the account token; legacy zone sync still on key+email
INSERT INTO integrations (provider, account_id, api_token, api_key, api_email) VALUES
  ('cloudflare', '{{hex32}}', '{{cfat}}', NULL, NULL),
  ('cloudflare-legacy', '{{hex32}}', NULL, '{{hex37}}', 'ops@acme.dev');
