# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/cloudflare/cloudflare" {
  version     = "4.48.0"
  constraints = "4.48.0"
  hashes = [
    "h1:{{b64_43}}=",
    "h1:{{b64_43}}=",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
  ]
}

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.80.0"
  constraints = "~> 5.0"
  hashes = [
    "h1:{{b64_43}}=",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
  ]
}

provider "registry.terraform.io/hashicorp/time" {
  version     = "0.12.1"
  constraints = "~> 0.12"
  hashes = [
    "h1:{{b64_43}}=",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
    "zh:{{hex64}}",
  ]
}
