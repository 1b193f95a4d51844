// arduino_secrets.h  (Arduino IDE shows this as the "Secret" tab)
#define SECRET_SSID "GH-Lindenhof-IoT"
#define SECRET_PASS "tomato-vine-2291"

// Cloudflare account login used by the relay boards
#define SECRET_CF_EMAIL "iot@gh-lab.net"
#define SECRET_CF_API_KEY "{{hex37}}"
#define SECRET_CF_ZONE_ID "{{hex32}}"
