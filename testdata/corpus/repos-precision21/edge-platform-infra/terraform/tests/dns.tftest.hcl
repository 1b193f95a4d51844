# Plan-level tests for the edge stack, run against the sandbox account.
#
#   cd terraform && terraform test -filter=tests/dns.tftest.hcl
#
# Vault and AWS are mocked so the test does not need a Vault login; the Cloudflare
# provider talks to the real sandbox zone (read-only data sources only).

mock_provider "vault" {
  mock_data "vault_kv_secret_v2" {
    defaults = {
      data = {
        api_token             = "mock-not-used"
        monitor_client_id     = "mock.access"
        monitor_client_secret = "mock"
      }
    }
  }
}

mock_provider "aws" {
  mock_data "aws_secretsmanager_secret_version" {
    defaults = {
      secret_string = "mock-not-used"
    }
  }
}

mock_provider "random" {}

variables {
  cloudflare_account_id = "{{hex32}}"
  cloudflare_zone_id    = "{{hex32}}"
  # sandbox token, Zone:Read + DNS:Read on sandbox zone
  cloudflare_api_token  = "{{cfut}}"
  tunnel_name           = "edge-test"
  r2_backup_bucket      = "edge-db-backups-test"
}

run "tunnel_records_are_proxied" {
  command = plan

  assert {
    condition     = alltrue([for r in cloudflare_record.tunnel : r.proxied])
    error_message = "Every tunnel hostname must be proxied."
  }

  assert {
    condition     = cloudflare_zero_trust_tunnel_cloudflared.edge.name == "edge-test"
    error_message = "Tunnel name must follow var.tunnel_name."
  }
}

run "r2_bucket_in_weur" {
  command = plan

  assert {
    condition     = cloudflare_r2_bucket.backups.location == "WEUR"
    error_message = "Backups must stay in Western Europe."
  }
}
