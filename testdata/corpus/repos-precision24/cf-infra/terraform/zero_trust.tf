# Cloudflare Access: защита внутренних панелей (Grafana, Zabbix)

resource "cloudflare_zero_trust_access_application" "grafana" {
  account_id       = var.cloudflare_account_id
  name             = "Grafana"
  domain           = "grafana.${var.zone_name}"
  type             = "self_hosted"
  session_duration = "12h"
}

resource "cloudflare_zero_trust_access_policy" "grafana_staff" {
  account_id     = var.cloudflare_account_id
  application_id = cloudflare_zero_trust_access_application.grafana.id
  name           = "Сотрудники"
  precedence     = 1
  decision       = "allow"

  include {
    email = var.access_allowed_emails
  }
}

# Сервисный токен для CI (GitLab runner ходит в Grafana API через Access)
resource "cloudflare_zero_trust_access_service_token" "ci" {
  account_id = var.cloudflare_account_id
  name       = "gitlab-ci"
  duration   = "8760h"
}

resource "cloudflare_zero_trust_access_policy" "grafana_ci" {
  account_id     = var.cloudflare_account_id
  application_id = cloudflare_zero_trust_access_application.grafana.id
  name           = "CI service token"
  precedence     = 2
  decision       = "non_identity"

  include {
    service_token = [cloudflare_zero_trust_access_service_token.ci.id]
  }
}

# Секрет выводится только как sensitive; в CI его забирает скрипт и кладёт в Vault
output "ci_client_id" {
  value = cloudflare_zero_trust_access_service_token.ci.client_id
}

output "ci_client_secret" {
  value     = cloudflare_zero_trust_access_service_token.ci.client_secret
  sensitive = true
}
