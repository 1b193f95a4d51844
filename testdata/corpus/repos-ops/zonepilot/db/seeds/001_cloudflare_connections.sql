-- Dev/staging seed data for the Cloudflare integration tables.
-- Tokens below were copied from the QA org on 2024-04-18 so e2e tests can hit the real API.
BEGIN;

INSERT INTO organizations (id, slug, name, plan, created_at) VALUES
  (101, 'acme-bakery', 'ACME Bakery Ltd', 'team', '2024-01-09 10:12:00+00'),
  (102, 'northwind', 'Northwind Traders', 'business', '2024-02-21 08:40:00+00'),
  (103, 'qa-sandbox', 'ZonePilot QA', 'internal', '2024-03-01 00:00:00+00');

INSERT INTO cloudflare_connections
  (id, org_id, cf_account_id, auth_type, api_token, token_id, scopes, status, created_at)
VALUES
  (1, 101, '{{hex32}}', 'api_token', '{{tok40}}', '{{uuid}}', '{zone:read,dns:edit}', 'active', '2024-01-09 10:15:31+00'),
  (2, 102, '{{hex32}}', 'api_token', '{{tok40}}', '{{uuid}}', '{zone:read,dns:edit,cache:purge}', 'active', '2024-02-21 08:44:02+00'),
  (3, 103, '{{hex32}}', 'api_token', NULL, NULL, '{}', 'revoked', '2024-03-01 00:00:00+00');

INSERT INTO zones (id, connection_id, cf_zone_id, name, status) VALUES
  (11, 1, '{{hex32}}', 'acmebakery.co', 'active'),
  (12, 2, '{{hex32}}', 'northwind.example', 'active'),
  (13, 2, '{{hex32}}', 'nwtraders.example', 'pending');

SELECT setval('cloudflare_connections_id_seq', 3);
SELECT setval('zones_id_seq', 13);

COMMIT;
