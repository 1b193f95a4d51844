# Pillar: cloudflare + offsite backups
# targeted in top.sls to 'roles:edge' and 'roles:backup'
cloudflare:
  zone: marlow-print.co.uk
  zone_id: {{hex32}}
  api_token: {{tok40}}
  ddns_records:
    - office.marlow-print.co.uk
    - vpn.marlow-print.co.uk

backup:
  restic:
    repository: s3:https://{{hex32}}.r2.cloudflarestorage.com/marlow-backups
    r2_access_key_id: {{hex32}}
    r2_secret_access_key: {{hex64}}
    password: {{ salt['vault'].read_secret('secret/restic/marlow')['password'] | yaml_encode }}
    keep_daily: 7
    keep_weekly: 5
    keep_monthly: 12
