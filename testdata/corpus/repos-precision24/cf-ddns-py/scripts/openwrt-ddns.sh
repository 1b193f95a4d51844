#!/bin/sh
# OpenWrt 上使用的精简版 Cloudflare DDNS 脚本（不依赖 Python）
# 放到 /usr/bin/cf-ddns.sh，然后在 crontab 中添加：
#   */5 * * * * /usr/bin/cf-ddns.sh >/tmp/cf-ddns.log 2>&1
#
# 令牌保存在 UCI 配置中（/etc/config/cfddns），不要直接写在脚本里：
#   uci set cfddns.main.token='你的API令牌'
#   uci set cfddns.main.zone_id='你的区域ID'
#   uci commit cfddns

CF_API="https://api.cloudflare.com/client/v4"
CF_TOKEN="$(uci -q get cfddns.main.token)"
ZONE_ID="$(uci -q get cfddns.main.zone_id)"
RECORD_NAME="$(uci -q get cfddns.main.record || echo home.example.com)"
MODEM="192.168.1.1"   # 光猫地址（桥接前的上级设备）

[ -z "$CF_TOKEN" ] && { echo "未配置令牌，请先执行 uci set cfddns.main.token=..."; exit 1; }

# 1. 获取公网 IP：先问光猫（自签名证书，只能 -k），失败再用公网接口
WAN_IP="$(curl -sk --max-time 5 "https://${MODEM}/cgi-bin/wan_status" | jsonfilter -e '@.wan_ip' 2>/dev/null)"
if [ -z "$WAN_IP" ]; then
    WAN_IP="$(curl -s --max-time 5 http://members.3322.org/dyndns/getip)"
fi
echo "当前公网 IP：$WAN_IP"

# 2. 查询记录（对 Cloudflare 始终校验证书）
RESP="$(curl -s --cacert /etc/ssl/certs/ca-certificates.crt \
    -H "Authorization: Bearer ${CF_TOKEN}" \
    "${CF_API}/zones/${ZONE_ID}/dns_records?type=A&name=${RECORD_NAME}")"
RECORD_ID="$(echo "$RESP" | jsonfilter -e '@.result[0].id')"
OLD_IP="$(echo "$RESP" | jsonfilter -e '@.result[0].content')"

if [ "$OLD_IP" = "$WAN_IP" ]; then
    echo "IP 未变化，无需更新"
    exit 0
fi

# 3. 更新记录
curl -s --cacert /etc/ssl/certs/ca-certificates.crt -X PUT \
    -H "Authorization: Bearer ${CF_TOKEN}" \
    -H "Content-Type: application/json" \
    --data "{\"type\":\"A\",\"name\":\"${RECORD_NAME}\",\"content\":\"${WAN_IP}\",\"ttl\":120,\"proxied\":false}" \
    "${CF_API}/zones/${ZONE_ID}/dns_records/${RECORD_ID}" | jsonfilter -e '@.success'

logger -t cf-ddns "已更新 ${RECORD_NAME}：${OLD_IP} -> ${WAN_IP}"
