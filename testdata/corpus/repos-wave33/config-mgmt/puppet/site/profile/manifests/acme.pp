# @summary Issues certificates with acme.sh using the Cloudflare DNS API.
#
# The example.org zone is still in the pre-token account, so acme.sh's
# dns_cf hook is driven with the Global API Key (CF_Key / CF_Email).
#
# @param contact   ACME account contact address
# @param cf_key    Cloudflare Global API Key (eyaml, see data/common.yaml)
# @param cf_email  Cloudflare account e-mail
# @param domains   Domains to issue for
class profile::acme (
  String            $contact,
  Sensitive[String] $cf_key,
  String            $cf_email,
  Array[String]     $domains = [],
) {
  exec { 'install acme.sh':
    command => "/usr/bin/curl -fsSL https://get.acme.sh | /bin/sh -s email=${contact}",
    creates => '/root/.acme.sh/acme.sh',
    user    => 'root',
  }

  $domains.each |String $domain| {
    exec { "acme.sh issue ${domain}":
      command     => "/root/.acme.sh/acme.sh --issue --dns dns_cf -d ${domain} --server letsencrypt",
      environment => [
        "CF_Key=${cf_key.unwrap}",
        "CF_Email=${cf_email}",
        'HOME=/root',
      ],
      creates     => "/root/.acme.sh/${domain}_ecc/fullchain.cer",
      require     => Exec['install acme.sh'],
      logoutput   => false,
    }
  }
}
