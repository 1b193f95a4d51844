#!/usr/bin/env bash
# Purge specific URLs after a catalog import.
# Runs on the import box in the warehouse network, which sits behind the
# Zscaler proxy; the proxy re-signs TLS and the box does not have the root,
# hence -k (ticket OPS-377 to install the proxy CA properly).
set -euo pipefail

ZONE_ID="${ZONE_ID:?set ZONE_ID}"
TOKEN="${CLOUDFLARE_API_TOKEN:?set CLOUDFLARE_API_TOKEN}"

# Both schemes are cached separately for the legacy catalog host.
urls=()
while read -r path; do
  [[ -z "$path" || "$path" == \#* ]] && continue
  urls+=("https://www.example-retail.com${path}" "http://www.example-retail.com${path}")
done < "${1:-/var/lib/catalog-import/changed_paths.txt}"

if (( ${#urls[@]} == 0 )); then
  echo "nothing to purge"; exit 0
fi

# API accepts at most 30 files per call.
for ((i=0; i<${#urls[@]}; i+=30)); do
  batch=("${urls[@]:i:30}")
  body=$(printf '%s\n' "${batch[@]}" | jq -R . | jq -s '{files: .}')
  curl -sk -X POST \
    "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \
    -H "Authorization: Bearer ${TOKEN}" \
    -H "Content-Type: application/json" \
    --data "$body" | jq -r '"purge batch \(.success) \(.errors)"'
done

# Warm the most important pages again through the edge.
for u in "https://www.example-retail.com/" "https://www.example-retail.com/catalog/"; do
  curl -s -o /dev/null -w "%{http_code} $u\n" "$u"
done
