terraform {
  required_version = ">= 1.6.0"

  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
    fastly = {
      source  = "fastly/fastly"
      version = "~> 5.11"
    }
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.40"
    }
    hetznerdns = {
      source  = "timohirt/hetznerdns"
      version = "~> 2.2"
    }
    akamai = {
      source  = "akamai/akamai"
      version = "~> 6.4"
    }
    ns1 = {
      source  = "ns1-terraform/ns1"
      version = "~> 2.3"
    }
  }

  backend "s3" {
    bucket         = "northwind-tfstate"
    key            = "edge/terraform.tfstate"
    region         = "eu-central-1"
    dynamodb_table = "northwind-tflock"
    encrypt        = true
  }
}

# Scoped token (Zone:DNS:Edit, Zone:Cache Rules:Edit, Account:Load Balancing:Edit).
# Supplied by CI as TF_VAR_cloudflare_api_token.
provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

# Fastly's provider calls its credential api_key; it is a Fastly API token.
provider "fastly" {
  api_key = var.fastly_api_key
}

provider "aws" {
  region = "eu-central-1"
}

# CloudFront certificates must live in us-east-1.
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}

provider "digitalocean" {
  token = var.do_token
}

provider "hetznerdns" {
  apitoken = var.hetzner_dns_token
}

provider "akamai" {
  edgerc         = "~/.edgerc"
  config_section = "terraform"
}

provider "ns1" {
  apikey                 = var.ns1_apikey
  rate_limit_parallelism = 60
}
