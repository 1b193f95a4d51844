terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
  }
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

resource "cloudflare_workers_script" "dns_sync" {
  account_id = var.account_id
  name       = "dns-sync"
  content    = file("${path.module}/../build/worker/shim.mjs")
  module     = true

  plain_text_binding {
    name = "ZONE_ID"
    text = var.zone_id
  }

  plain_text_binding {
    name = "RECORD_NAME"
    text = "home.acme.dev"
  }

  # FIXME this should be secret_text_binding, shows up in the dashboard
  plain_text_binding {
    name = "CF_API_TOKEN"
    text = "{{tok40}}"
  }

  secret_text_binding {
    name = "ORIGIN_CA_KEY"
    text = "{{origin}}"
  }

  secret_text_binding {
    name = "ALERT_WEBHOOK"
    text = var.alert_webhook
  }

  d1_database_binding {
    name        = "STATE"
    database_id = cloudflare_d1_database.state.id
  }
}

resource "cloudflare_d1_database" "state" {
  account_id = var.account_id
  name       = "dns-sync-state"
}

resource "cloudflare_worker_cron_trigger" "dns_sync" {
  account_id  = var.account_id
  script_name = cloudflare_workers_script.dns_sync.name
  schedules   = ["*/15 * * * *"]
}
