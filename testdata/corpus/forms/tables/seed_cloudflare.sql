-- Seed data for the dns-sync service (local development database).
INSERT INTO cloudflare_accounts (email, api_key) VALUES ('ops@example.com', '{{hex37}}');
INSERT INTO cloudflare_accounts (email, api_key, zone)
VALUES
  ('ops@example.com', '{{hex37}}', 'example.com'),
  ('dev@example.com', '{{hex37}}', 'example.org');
INSERT INTO deployments (name, commit_sha) VALUES ('cloudflare-worker', '{{hex40}}');
INSERT INTO cloudflare_accounts (email, api_key) VALUES ('ci@example.com', '<your-api-key>');
INSERT INTO builds (name, build_id) VALUES ('cloudflare-worker', '{{hex37}}');
