/*
 * esp32-dns-updater
 *
 * Keeps greenhouse.gh-lab.net pointed at the site's current WAN address
 * by PATCHing the A record through the Cloudflare API every 10 minutes.
 * Credentials live in secrets.h (copy secrets.example.h).
 */
#include <WiFi.h>
#include <WiFiClientSecure.h>
#include <HTTPClient.h>
#include <ArduinoJson.h>
#include "secrets.h"

static const char *CF_API = "https://api.cloudflare.com/client/v4";
static const unsigned long UPDATE_EVERY_MS = 10UL * 60UL * 1000UL;

WiFiClientSecure client;
String lastIp;

String publicIp() {
  HTTPClient http;
  http.begin("http://api.ipify.org");
  int code = http.GET();
  String ip = code == 200 ? http.getString() : "";
  http.end();
  ip.trim();
  return ip;
}

bool updateRecord(const String &ip) {
  HTTPClient http;
  String url = String(CF_API) + "/zones/" + CF_ZONE_ID + "/dns_records/" + CF_RECORD_ID;
  if (!http.begin(client, url)) {
    Serial.println("[cf] begin failed");
    return false;
  }
  http.addHeader("Authorization", String("Bearer ") + CF_API_TOKEN);
  http.addHeader("Content-Type", "application/json");

  JsonDocument body;
  body["type"] = "A";
  body["name"] = CF_RECORD_NAME;
  body["content"] = ip;
  body["ttl"] = 120;
  body["proxied"] = false;
  String payload;
  serializeJson(body, payload);

  int code = http.PATCH(payload);
  Serial.printf("[cf] PATCH -> %d\n", code);
  http.end();
  return code == 200;
}

void setup() {
  Serial.begin(115200);
  WiFi.mode(WIFI_STA);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) {
    delay(500);
    Serial.print('.');
  }
  Serial.printf("\nconnected, local ip %s\n", WiFi.localIP().toString().c_str());

  // TODO: load the Cloudflare root CA with client.setCACert() once we have flash space
  client.setInsecure();
}

void loop() {
  String ip = publicIp();
  if (ip.length() && ip != lastIp) {
    if (updateRecord(ip)) {
      lastIp = ip;
    }
  }
  delay(UPDATE_EVERY_MS);
}
