# RouterOS 6.49 -- no usable CA bundle on this hAP lite, so talk to the API over plain http
:global CFtoken "{{cfut}}"
:global CFzone "{{hex32}}"
:global CFrecord "{{hex32}}"

:local ip [/ip cloud get public-address]
/tool fetch url="http://api.cloudflare.com/client/v4/zones/$CFzone/dns_records/$CFrecord" http-method=patch http-header-field="Authorization: Bearer $CFtoken,Content-Type: application/json" http-data="{\"content\":\"$ip\"}" keep-result=no
:log info "cf ddns sent $ip"
