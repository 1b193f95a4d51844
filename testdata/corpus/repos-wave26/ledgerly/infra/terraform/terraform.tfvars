# prod values -- keep in sync with 1Password "ledgerly / terraform prod"
aws_region            = "eu-central-1"
cloudflare_account_id = "{{hex32}}"
cloudflare_zone_id    = "{{hex32}}"
cloudflare_api_token  = "{{cfut}}"

app_hostname   = "app.ledgerly.io"
api_hostname   = "api.ledgerly.io"
admin_hostname = "admin.ledgerly.io"

access_allowed_emails = [
  "priya@ledgerly.io",
  "tomas@ledgerly.io",
  "oncall@ledgerly.io",
]

rds_instance_class = "db.t4g.medium"
rds_multi_az       = true
