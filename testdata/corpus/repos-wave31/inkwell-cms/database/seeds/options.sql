-- Seed data for the demo site that ships with the Inkwell docker image.
-- Loaded by `bin/inkwell db:seed --demo`.

BEGIN;

DELETE FROM inkwell_options WHERE option_name LIKE 'inkwell_edge_%';

INSERT INTO inkwell_options (option_name, option_value, autoload)
VALUES
    ('inkwell_edge_enabled',          '1',                             'yes'),
    ('inkwell_edge_provider',         'cloudflare',                    'yes'),
    ('inkwell_edge_cf_zone_id',       '{{hex32}}',                     'yes'),
    ('inkwell_edge_cf_api_token',     '{{cfut}}',                      'no'),
    ('inkwell_edge_cf_turnstile_site','0x4AAAAAAADemoSiteKey00',        'yes'),
    ('inkwell_edge_cf_turnstile_secret', '{{turnstile}}',              'no'),
    ('inkwell_edge_purge_on',         'publish,update,unpublish',      'yes'),
    ('inkwell_edge_batch_size',       '30',                            'yes');

INSERT INTO inkwell_users (login, email, role, password_hash)
VALUES
    ('demo-editor', 'editor@inkwell-press.example', 'editor',
     '$2y$12$Qm9vZ3VzSGFzaEZvckRlbW9Vc2VyT25seS4uLi4uLi4uLi4uLi4u');

COMMIT;
