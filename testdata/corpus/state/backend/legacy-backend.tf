terraform {
  backend "s3" {
    bucket                      = "infra-state"
    key                         = "dns/terraform.tfstate"
    region                      = "us-east-1"
    endpoint                    = "https://{{hex32}}.r2.cloudflarestorage.com"
    access_key                  = "{{hex32}}"
    secret_key                  = "{{hex64}}"
    skip_credentials_validation = true
    skip_region_validation      = true
    force_path_style            = true
  }
}
