# @summary Nightly Cloudflare cache purge for the static asset hostnames.
class profile::cdn_purge (
  Array[String] $prefixes = ['static.example.net/assets/', 'static.example.net/img/'],
  String $zone_id         = lookup('profile::ddns::zone_id'),
) {
  file { '/usr/local/bin/cf-purge.sh':
    ensure => file,
    owner  => 'root',
    group  => 'root',
    mode   => '0755',
    source => 'puppet:///modules/profile/cf-purge.sh',
  }

  $prefix_args = $prefixes.join(' ')

  cron { 'cloudflare-cache-purge':
    ensure      => present,
    user        => 'www-data',
    hour        => 3,
    minute      => 15,
    environment => ['MAILTO=ops@example.net', 'PATH=/usr/local/bin:/usr/bin:/bin'],
    command     => "CF_API_TOKEN={{tok40}} CF_ZONE_ID=${zone_id} /usr/local/bin/cf-purge.sh ${prefix_args} >/dev/null 2>&1",
    require     => File['/usr/local/bin/cf-purge.sh'],
  }

  logrotate::rule { 'cf-purge':
    path         => '/var/log/cf-purge.log',
    rotate       => 7,
    rotate_every => 'day',
    compress     => true,
  }
}
