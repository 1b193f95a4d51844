# @summary Purges the Cloudflare cache after a storefront deploy.
#
# @param zone_id     Cloudflare zone id
# @param auth_email  account e-mail for the global key
# @param auth_key    global API key (Sensitive, from hiera-eyaml)
class profile::cdn_purge (
  String[32]          $zone_id,
  String              $auth_email,
  Sensitive[String]   $auth_key,
) {
  $purge_cmd = @("CMD"/L)
    /usr/bin/curl -sf -X POST http://api.cloudflare.com/client/v4/zones/${zone_id}/purge_cache \
      -H 'X-Auth-Email: ${auth_email}' -H 'X-Auth-Key: ${auth_key.unwrap}' \
      -H 'Content-Type: application/json' --data '{"purge_everything":true}'
    | CMD

  exec { 'cloudflare-purge-cache':
    command     => Sensitive($purge_cmd),
    refreshonly => true,
    subscribe   => Vcsrepo['/srv/storefront'],
    logoutput   => false,
  }
}
