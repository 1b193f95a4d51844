-- Migration number: 0003 	 2024-05-28T14:02:11.337Z
-- Seeds the integrations table for the shared "ironforge-demo" tenant that
-- the sales team uses for live demos.

CREATE TABLE IF NOT EXISTS integrations (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id   TEXT NOT NULL,
    provider    TEXT NOT NULL,
    name        TEXT NOT NULL,
    value       TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (tenant_id, provider, name)
);

INSERT INTO integrations (tenant_id, provider, name, value) VALUES
    ('ironforge-demo', 'cloudflare', 'zone_id',      '{{hex32}}'),
    ('ironforge-demo', 'cloudflare', 'api_token',    '{{cfut}}'),
    ('ironforge-demo', 'cloudflare', 'tunnel_token', '{{tunnel}}'),
    ('ironforge-demo', 'discord',    'webhook_url',  'https://discord.com/api/webhooks/REDACTED'),
    ('ironforge-demo', 'github',     'deploy_token', 'ghp_****************************'),
    ('ironforge-demo', 'pterodactyl','panel_url',    'https://nodes.ironforge.example');

CREATE INDEX IF NOT EXISTS idx_integrations_tenant ON integrations (tenant_id);
