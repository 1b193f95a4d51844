-- Seed data for the settings table (dev only)
INSERT INTO settings (name, value) VALUES ('site_name', 'Example Shop');
INSERT INTO settings (name, value) VALUES ('cloudflare_zone_id', '{{hex32}}');
INSERT INTO settings (name, value) VALUES ('cloudflare_api_token', '{{tok40}}');
INSERT INTO settings (name, value) VALUES ('asset_manifest_sha', '{{hex64}}');
