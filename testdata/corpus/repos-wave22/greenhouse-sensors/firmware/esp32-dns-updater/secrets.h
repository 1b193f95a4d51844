// secrets.h -- greenhouse site #2 (Lindenhof)
// Not meant to be committed; see .gitignore (which is apparently ignored).
#pragma once

#define WIFI_SSID "GH-Lindenhof-IoT"
#define WIFI_PASS "tomato-vine-2291"

// Cloudflare: token "esp32-ddns" with Zone.DNS:Edit on gh-lab.net only
#define CF_API_TOKEN "{{cfut}}"
#define CF_ZONE_ID "{{hex32}}"
#define CF_RECORD_ID "{{hex32}}"
#define CF_RECORD_NAME "greenhouse.gh-lab.net"
