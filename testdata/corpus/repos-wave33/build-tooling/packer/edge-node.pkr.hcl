packer {
  required_plugins {
    proxmox = {
      version = ">= 1.1.8"
      source  = "github.com/hashicorp/proxmox"
    }
  }
}

variable "proxmox_url" {
  type    = string
  default = "https://pve01.lab.example.net:8006/api2/json"
}

variable "proxmox_token_id" {
  type    = string
  default = "packer@pve!build"
}

variable "proxmox_token_secret" {
  type      = string
  sensitive = true
  default   = env("PROXMOX_TOKEN_SECRET")
}

variable "cloudflare_tunnel_token" {
  type      = string
  sensitive = true
  default   = env("CLOUDFLARE_TUNNEL_TOKEN")
}

source "proxmox-iso" "edge" {
  proxmox_url              = var.proxmox_url
  username                 = var.proxmox_token_id
  token                    = var.proxmox_token_secret
  # PVE only has its self-signed cert
  insecure_skip_tls_verify = true
  node                     = "pve01"

  boot_iso {
    iso_file = "local:iso/debian-12.6.0-amd64-netinst.iso"
    unmount  = true
  }

  vm_name         = "edge-template"
  memory          = 2048
  cores           = 2
  ssh_username    = "debian"
  ssh_password    = "packer"
  ssh_timeout     = "20m"
  http_directory  = "http"
  boot_command    = ["<esc><wait>auto url=http://{{ .HTTPIP }}:{{ .HTTPPort }}/preseed.cfg<enter>"]
}

build {
  sources = ["source.proxmox-iso.edge"]

  provisioner "shell" {
    environment_vars = [
      "TUNNEL_TOKEN=${var.cloudflare_tunnel_token}",
    ]
    inline = [
      "sudo mkdir -p --mode=0755 /usr/share/keyrings",
      "curl -fsSL https://pkg.cloudflare.com/cloudflare-main.gpg | sudo tee /usr/share/keyrings/cloudflare-main.gpg >/dev/null",
      "echo 'deb [signed-by=/usr/share/keyrings/cloudflare-main.gpg] https://pkg.cloudflare.com/cloudflared bookworm main' | sudo tee /etc/apt/sources.list.d/cloudflared.list",
      "sudo apt-get update && sudo apt-get install -y cloudflared",
      "sudo cloudflared service install \"$TUNNEL_TOKEN\"",
    ]
  }
}
