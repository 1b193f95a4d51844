# @summary Certificates for the old example.org zone (separate Cloudflare
#   account, still on the Global API Key - scoped tokens were never set up).
#
# Only applied to web-legacy01. Scheduled for removal with the zone move.
class profile::legacy_dns (
  String $cloudflare_email   = 'webmaster@example.org',
  String $cloudflare_api_key = '{{hex37}}',
  Array[String] $domains     = ['www.example.org', 'example.org'],
) {
  package { 'python3-certbot-dns-cloudflare':
    ensure => installed,
  }

  file { '/etc/letsencrypt/cloudflare-legacy.ini':
    ensure    => file,
    owner     => 'root',
    group     => 'root',
    mode      => '0600',
    show_diff => false,
    content   => @("INI"),
      # managed by puppet (profile::legacy_dns)
      dns_cloudflare_email = ${cloudflare_email}
      dns_cloudflare_api_key = ${cloudflare_api_key}
      | INI
  }

  $domain_args = $domains.map |$d| { "-d ${d}" }.join(' ')

  exec { 'certbot-legacy-example-org':
    command => "certbot certonly --non-interactive --agree-tos -m ${cloudflare_email} --dns-cloudflare --dns-cloudflare-credentials /etc/letsencrypt/cloudflare-legacy.ini --cert-name example.org ${domain_args}",
    path    => ['/usr/bin', '/bin'],
    creates => '/etc/letsencrypt/live/example.org/fullchain.pem',
    require => File['/etc/letsencrypt/cloudflare-legacy.ini'],
  }
}
