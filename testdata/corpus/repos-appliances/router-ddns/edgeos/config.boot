firewall {
    all-ping enable
    broadcast-ping disable
    ipv6-receive-redirects disable
    ip-src-route disable
    log-martians enable
    receive-redirects disable
    send-redirects enable
    source-validation disable
    syn-cookies enable
}
interfaces {
    ethernet eth0 {
        address dhcp
        description WAN
        duplex auto
        speed auto
    }
    ethernet eth1 {
        address 192.168.10.1/24
        description LAN
        duplex auto
        speed auto
    }
}
service {
    dns {
        dynamic {
            interface eth0 {
                service custom-cloudflare {
                    host-name home.example.com
                    login owner@example.com
                    options zone=example.com
                    password {{hex37}}
                    protocol cloudflare
                    server api.cloudflare.com/client/v4
                }
                service custom-cf-token {
                    host-name vpn.example.org
                    login token
                    options "zone=example.org ttl=1"
                    password {{tok40}}
                    protocol cloudflare
                    server api.cloudflare.com/client/v4
                }
                web dyndns
            }
        }
        forwarding {
            cache-size 1000
            listen-on eth1
            name-server 1.1.1.1
            name-server 1.0.0.1
        }
    }
    gui {
        http-port 80
        https-port 443
        older-ciphers enable
    }
    ssh {
        port 22
        protocol-version v2
    }
}
system {
    host-name er-x
    time-zone UTC
}
/* Warning: Do not remove the following line. */
/* === vyatta-config-version: "config-management@1:conntrack@1:cron@1:dhcp-relay@1:dhcp-server@4:firewall@5:ipsec@5:nat@3:qos@1:quagga@2:suspend@1:system@5:ubnt-l2tp@1:ubnt-pptp@1:ubnt-udapi-server@1:ubnt-unms@2:ubnt-util@1:vrrp@1:vyatta-netflow@1:webgui@1:webproxy@1:zone-policy@1" === */
/* Release version: v2.0.9-hotfix.7.5622731.230615.0857 */
