packer {
  required_plugins {
    amazon = {
      version = ">= 1.3.2"
      source  = "github.com/hashicorp/amazon"
    }
  }
}

locals {
  timestamp = regex_replace(timestamp(), "[- TZ:]", "")
}

source "amazon-ebs" "web" {
  ami_name      = "legacy-web-${local.timestamp}"
  instance_type = "t3.small"
  region        = "eu-west-1"
  source_ami_filter {
    filters = {
      name                = "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-*"
      root-device-type    = "ebs"
      virtualization-type = "hvm"
    }
    most_recent = true
    owners      = ["099720109477"]
  }
  ssh_username = "ubuntu"
}

build {
  sources = ["source.amazon-ebs.web"]

  provisioner "shell" {
    inline = ["sudo apt-get update", "sudo apt-get install -y nginx lego"]
  }

  # Bake the wildcard cert into the AMI. lego's cloudflare provider reads
  # CF_API_EMAIL / CF_API_KEY; the example.org zone is still on the
  # pre-token account.
  provisioner "shell" {
    environment_vars = [
      "CF_API_EMAIL=ops@example.org",
      "CF_API_KEY={{cfk}}",
      "LEGO_DOMAINS=example.org,*.example.org",
    ]
    script = "scripts/issue-cert.sh"
  }
}
