# RouterOS 7.x -- Cloudflare DDNS for pppoe-out1
# /system script add name=cf-ddns policy=read,write,test source=[/file get cloudflare-ddns.rsc contents]
# /system scheduler add name=cf-ddns interval=5m on-event="/system script run cf-ddns"

:local cfEmail "hostmaster@example.com"
:local cfApiKey "{{hex37}}"
:local cfZoneId "{{hex32}}"
:local cfRecordId "{{hex32}}"
:local cfRecordName "home.example.com"
:local wanIf "pppoe-out1"

:local ipAddr [/ip address get [/ip address find interface=$wanIf] address]
:set ipAddr [:pick $ipAddr 0 [:find $ipAddr "/"]]

:global cfLastIp
:if ($ipAddr != $cfLastIp) do={
    :log info "cf-ddns: $cfRecordName -> $ipAddr"
    :local url "https://api.cloudflare.com/client/v4/zones/$cfZoneId/dns_records/$cfRecordId"
    :local body "{\"type\":\"A\",\"name\":\"$cfRecordName\",\"content\":\"$ipAddr\",\"ttl\":120,\"proxied\":false}"
    /tool fetch mode=https http-method=put url=$url http-header-field="X-Auth-Email: $cfEmail,X-Auth-Key: $cfApiKey,Content-Type: application/json" http-data=$body check-certificate=no output=none
    :set cfLastIp $ipAddr
}
