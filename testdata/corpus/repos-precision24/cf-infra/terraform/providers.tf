# Провайдеры и бэкенд состояния
terraform {
  required_version = ">= 1.6"

  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
  }

  # Состояние хранится в S3 (MinIO внутри периметра)
  backend "s3" {
    bucket                      = "tfstate-infra"
    key                         = "cloudflare/terraform.tfstate"
    region                      = "ru-central1"
    endpoint                    = "https://minio.infra.example.ru"
    skip_credentials_validation = true
    skip_region_validation      = true
    force_path_style            = true
  }
}

# Аутентификация только API-токеном (не глобальным ключом!)
# Значение передаётся через TF_VAR_cloudflare_api_token или Vault
provider "cloudflare" {
  api_token = var.cloudflare_api_token
}
