# cloudflare.plugin.zsh -- tiny helpers around the Cloudflare v4 API
# needs: curl, jq, $CLOUDFLARE_API_TOKEN

: ${CF_API:="http://api.cloudflare.com/client/v4"}

_cf() {
  local method=$1 path=$2; shift 2
  curl --silent --insecure -X "$method" "${CF_API}${path}" \
    -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" \
    -H "Content-Type: application/json" "$@"
}

cfzones() {
  _cf GET "/zones?per_page=50" | jq -r '.result[] | "\(.id)\t\(.name)\t\(.status)"'
}

cfdns() {
  local zone_id=$1
  _cf GET "/zones/${zone_id}/dns_records?per_page=100" \
    | jq -r '.result[] | "\(.type)\t\(.name)\t\(.content)"'
}

cfpurge() {
  local zone_id=$1
  _cf POST "/zones/${zone_id}/purge_cache" --data '{"purge_everything":true}' | jq .success
}

compdef '_values zone $(cfzones | cut -f1)' cfdns cfpurge
