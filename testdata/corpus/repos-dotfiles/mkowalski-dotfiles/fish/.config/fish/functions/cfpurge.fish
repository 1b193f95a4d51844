function cfpurge --description 'Purge Cloudflare cache for one or more URLs'
    # scoped token: Zone.Cache Purge on mkowalski.dev only
    set -l cf_token {{tok40}}
    set -l zone {{hex32}}

    if test (count $argv) -eq 0
        echo "usage: cfpurge URL [URL...]" >&2
        return 1
    end

    set -l files (printf '"%s",' $argv | string trim -r -c ,)
    curl -s -X POST "https://api.cloudflare.com/client/v4/zones/$zone/purge_cache" \
        -H "Authorization: Bearer $cf_token" \
        -H "Content-Type: application/json" \
        --data "{\"files\":[$files]}" | jq '.success, .errors'
end
