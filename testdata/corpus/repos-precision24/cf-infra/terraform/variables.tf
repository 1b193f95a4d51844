# Переменные

variable "cloudflare_api_token" {
  description = "API-токен Cloudflare (Zone:DNS:Edit, Access:Edit). Передавать через TF_VAR_ или Vault"
  type        = string
  sensitive   = true
}

variable "cloudflare_account_id" {
  description = "ID аккаунта Cloudflare (не секрет)"
  type        = string
  default     = "{{hex32}}"
}

variable "zone_id" {
  description = "ID зоны example.ru (не секрет, виден в панели)"
  type        = string
  default     = "{{hex32}}"
}

variable "zone_name" {
  description = "Имя зоны"
  type        = string
  default     = "example.ru"
}

variable "origin_ipv4" {
  description = "Адрес балансировщика в ЦОДе"
  type        = string
  default     = "203.0.113.10"
}

variable "access_allowed_emails" {
  description = "Кому разрешён доступ к внутренним панелям через Access"
  type        = list(string)
  default = [
    "a.ivanov@example.ru",
    "m.petrova@example.ru",
  ]
}
