#!/usr/bin/env tclsh
# cfpurge.tcl -- purge Cloudflare cache from the publish hook of the old
# Tcl-based CMS.  Usage: cfpurge.tcl URL ?URL ...?
package require http
package require tls
package require json
package require json::write

http::register https 443 [list ::tls::socket -autoservername true -require 1 \
    -cafile /etc/ssl/certs/ca-certificates.crt]

set cf_api   "https://api.cloudflare.com/client/v4"
set cf_zone  "{{hex32}}"
set cf_email "webmaster@example.org"
set cf_key   "{{cfk}}"

proc cf_purge {urls} {
    global cf_api cf_zone cf_email cf_key
    set items [lmap u $urls {json::write string $u}]
    set body [json::write object files [json::write array {*}$items]]
    set tok [http::geturl "$cf_api/zones/$cf_zone/purge_cache" \
        -method POST \
        -type application/json \
        -query $body \
        -headers [list \
            X-Auth-Email $cf_email \
            X-Auth-Key $cf_key] \
        -timeout 15000]
    set code [http::ncode $tok]
    set data [http::data $tok]
    http::cleanup $tok
    if {$code != 200} {
        error "purge failed ($code): $data"
    }
    return [dict get [json::json2dict $data] success]
}

if {$argc == 0} {
    puts stderr "usage: cfpurge.tcl URL ?URL ...?"
    exit 2
}
puts [cf_purge $argv]
