# @summary Issue certificates with certbot using the Cloudflare DNS plugin.
#
# @param api_token
#   Scoped API token (Zone:DNS:Edit). Comes from hiera-eyaml, never put it
#   in plain hiera.
# @param domains
#   Names to put on the certificate; the first one is the cert name.
class profile::certbot::cloudflare (
  Sensitive[String[1]] $api_token,
  Array[Stdlib::Fqdn]  $domains,
  String[1]            $email = lookup('profile::certbot::email'),
  Integer              $propagation_seconds = 30,
) {
  package { ['certbot', 'python3-certbot-dns-cloudflare']:
    ensure => installed,
  }

  file { '/etc/letsencrypt/cloudflare.ini':
    ensure    => file,
    owner     => 'root',
    group     => 'root',
    mode      => '0600',
    show_diff => false,
    content   => Sensitive("dns_cloudflare_api_token = ${api_token.unwrap}\n"),
    require   => Package['certbot'],
  }

  $cert_name = $domains[0]
  $domain_args = $domains.map |$d| { "-d ${d}" }.join(' ')

  exec { "certbot-issue-${cert_name}":
    command => "certbot certonly --non-interactive --agree-tos -m ${email} --dns-cloudflare --dns-cloudflare-credentials /etc/letsencrypt/cloudflare.ini --dns-cloudflare-propagation-seconds ${propagation_seconds} --cert-name ${cert_name} ${domain_args}",
    path    => ['/usr/bin', '/usr/sbin', '/bin'],
    creates => "/etc/letsencrypt/live/${cert_name}/fullchain.pem",
    require => File['/etc/letsencrypt/cloudflare.ini'],
  }

  service { 'certbot.timer':
    ensure => running,
    enable => true,
  }
}
