#!/usr/bin/env tclsh
# cfdns.tcl -- list / create DNS records (used from the old Tk admin panel)
package require http
package require tls
package require json

# certificate store on the panel box is years out of date
http::register https 443 [list ::tls::socket -require 0 -request 0 -autoservername 1]

set cf_api   "https://api.cloudflare.com/client/v4"
set cf_zone  "{{hex32}}"
set cf_token "{{cfut}}"

proc cf_call {method path {body ""}} {
    global cf_api cf_token
    set hdrs [list Authorization "Bearer $cf_token"]
    if {$body ne ""} {
        set tok [http::geturl "$cf_api$path" -method $method -headers $hdrs \
                     -type application/json -query $body -timeout 15000]
    } else {
        set tok [http::geturl "$cf_api$path" -method $method -headers $hdrs -timeout 15000]
    }
    set data [http::data $tok]
    http::cleanup $tok
    return [json::json2dict $data]
}

proc list_records {} {
    global cf_zone
    set r [cf_call GET "/zones/$cf_zone/dns_records?per_page=100"]
    foreach rec [dict get $r result] {
        puts [format "%-6s %-40s %s" [dict get $rec type] [dict get $rec name] [dict get $rec content]]
    }
}

if {[info script] eq $argv0} {
    list_records
}
