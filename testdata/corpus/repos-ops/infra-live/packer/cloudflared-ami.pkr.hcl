packer {
  required_plugins {
    amazon = {
      version = ">= 1.3.1"
      source  = "github.com/hashicorp/amazon"
    }
  }
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "tunnel_token" {
  type      = string
  sensitive = true
  default   = "{{tunnel}}"
}

source "amazon-ebs" "cloudflared" {
  ami_name      = "ferncastle-cloudflared-${formatdate("YYYYMMDDhhmm", timestamp())}"
  instance_type = "t3.micro"
  region        = var.region
  ssh_username  = "ubuntu"
  source_ami_filter {
    filters = {
      name                = "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"
      root-device-type    = "ebs"
      virtualization-type = "hvm"
    }
    owners      = ["099720109477"]
    most_recent = true
  }
}

build {
  sources = ["source.amazon-ebs.cloudflared"]

  provisioner "shell" {
    environment_vars = ["TUNNEL_TOKEN=${var.tunnel_token}"]
    inline = [
      "curl -fsSL -o /tmp/cloudflared.deb https://github.com/cloudflare/cloudflared/releases/download/2024.4.1/cloudflared-linux-amd64.deb",
      "echo '{{hex64}}  /tmp/cloudflared.deb' | sha256sum -c -",
      "sudo dpkg -i /tmp/cloudflared.deb",
      "sudo cloudflared service install \"$TUNNEL_TOKEN\"",
    ]
  }
}
