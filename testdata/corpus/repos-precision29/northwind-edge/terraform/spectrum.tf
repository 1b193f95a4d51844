# Spectrum apps for non-HTTP services. TLS is off towards the origin for
# the SFTP box (SSH has its own crypto) and the raw MQTT broker is on the
# plain port; the broker's TLS listener is tracked in NW-1040.

resource "cloudflare_spectrum_application" "sftp" {
  zone_id      = var.zone_id
  protocol     = "tcp/22"
  traffic_type = "direct"
  tls          = "off"
  ip_firewall  = true
  proxy_protocol = "off"

  dns {
    type = "CNAME"
    name = "sftp.${var.zone_name}"
  }

  origin_direct = ["tcp://198.51.100.30:22"]
  edge_ips {
    type         = "dynamic"
    connectivity = "all"
  }
}

resource "cloudflare_spectrum_application" "mqtt" {
  zone_id      = var.zone_id
  protocol     = "tcp/1883"
  traffic_type = "direct"
  tls          = "off"

  dns {
    type = "CNAME"
    name = "mqtt.${var.zone_name}"
  }

  origin_dns {
    name = "broker.corp.northwind.internal"
  }
  origin_port = 1883
}

resource "cloudflare_spectrum_application" "legacy_http" {
  zone_id      = var.zone_id
  protocol     = "tcp/8080"
  traffic_type = "http"
  tls          = "flexible"

  dns {
    type = "CNAME"
    name = "legacy-admin.${var.zone_name}"
  }

  origin_direct = ["tcp://198.51.100.44:8080"]
}
