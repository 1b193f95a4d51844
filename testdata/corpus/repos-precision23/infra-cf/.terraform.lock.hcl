# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/cloudflare/cloudflare" {
  version     = "4.48.0"
  constraints = "~> 4.48"
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

provider "registry.terraform.io/hashicorp/random" {
  version     = "3.6.3"
  constraints = "~> 3.6"
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
  ]
}
