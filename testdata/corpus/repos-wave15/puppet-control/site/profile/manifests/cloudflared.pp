# @summary Run a remotely-managed Cloudflare Tunnel connector.
#
# @param tunnel_token
#   Connector token from the Zero Trust dashboard; supplied per role via
#   hiera (eyaml) and converted to Sensitive by lookup_options.
class profile::cloudflared (
  Sensitive[String[1]] $tunnel_token,
  String $version         = '2024.8.2',
  String $metrics_address = '127.0.0.1:49312',
  Enum['quic', 'http2'] $protocol = 'quic',
  String $loglevel        = 'info',
) {
  archive { '/usr/local/bin/cloudflared':
    source  => "https://github.com/cloudflare/cloudflared/releases/download/${version}/cloudflared-linux-amd64",
    extract => false,
    cleanup => false,
  }

  file { '/etc/default/cloudflared':
    ensure    => file,
    owner     => 'root',
    mode      => '0600',
    show_diff => false,
    content   => Sensitive("TUNNEL_TOKEN=${tunnel_token.unwrap}\n"),
    notify    => Service['cloudflared'],
  }

  systemd::unit_file { 'cloudflared.service':
    content => @("UNIT"),
      [Unit]
      Description=Cloudflare Tunnel connector
      After=network-online.target
      Wants=network-online.target

      [Service]
      EnvironmentFile=/etc/default/cloudflared
      ExecStart=/usr/local/bin/cloudflared --no-autoupdate --metrics ${metrics_address} --protocol ${protocol} --loglevel ${loglevel} tunnel run
      Restart=on-failure
      RestartSec=5s
      DynamicUser=yes

      [Install]
      WantedBy=multi-user.target
      | UNIT
    enable  => true,
    active  => true,
  }

  service { 'cloudflared':
    ensure  => running,
    require => Systemd::Unit_file['cloudflared.service'],
  }
}
