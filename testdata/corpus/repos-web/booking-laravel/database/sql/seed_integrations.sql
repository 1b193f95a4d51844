-- Seed data for the `integrations` table (run once per environment)
-- mysql -u booking -p booking < database/sql/seed_integrations.sql

INSERT INTO integrations (provider, name, client_id, client_secret, endpoint, created_at, updated_at) VALUES
  ('cloudflare_access', 'channel-manager', '{{hex32}}.access', '{{hex64}}', 'https://channels.internal.harbourview-hotel.test', NOW(), NOW()),
  ('cloudflare_api', 'cache-purge', NULL, '{{cfut}}', 'https://api.cloudflare.com/client/v4', NOW(), NOW()),
  ('mailchimp', 'newsletter', NULL, 'REPLACE_ME', 'https://us21.api.mailchimp.com/3.0', NOW(), NOW());
