/*
 * esp8266-relay
 *
 * Irrigation relay board. On boot it registers its LAN IP as a TXT record
 * (relay-<chipid>.iot.gh-lab.net) so the dashboard can find it.
 * Older board from 2021 -- still uses the account's Global API Key.
 */
#include <ESP8266WiFi.h>
#include <ESP8266HTTPClient.h>
#include <WiFiClientSecureBearSSL.h>
#include "arduino_secrets.h"

#define RELAY_PIN D1

// SHA-1 fingerprint of api.cloudflare.com leaf cert (rotate when it expires)
const uint8_t CF_FINGERPRINT[20] = {0x5b, 0x2e, 0x91, 0x0c, 0xd4, 0x77, 0x18, 0xa3, 0x6f, 0x02,
                                    0xe9, 0x4d, 0x3c, 0x81, 0xb5, 0x60, 0x1a, 0xf7, 0x2d, 0x9e};

void registerSelf() {
  std::unique_ptr<BearSSL::WiFiClientSecure> client(new BearSSL::WiFiClientSecure);
  client->setFingerprint(CF_FINGERPRINT);

  HTTPClient https;
  String url = "https://api.cloudflare.com/client/v4/zones/";
  url += SECRET_CF_ZONE_ID;
  url += "/dns_records";
  if (!https.begin(*client, url)) {
    Serial.println("begin failed");
    return;
  }
  https.addHeader("X-Auth-Email", SECRET_CF_EMAIL);
  https.addHeader("X-Auth-Key", SECRET_CF_API_KEY);
  https.addHeader("Content-Type", "application/json");

  String name = "relay-" + String(ESP.getChipId(), HEX) + ".iot.gh-lab.net";
  String body = "{\"type\":\"TXT\",\"name\":\"" + name + "\",\"content\":\"" +
                WiFi.localIP().toString() + "\",\"ttl\":300}";
  int code = https.POST(body);
  Serial.printf("register %s -> %d\n", name.c_str(), code);
  https.end();
}

void setup() {
  Serial.begin(115200);
  pinMode(RELAY_PIN, OUTPUT);
  digitalWrite(RELAY_PIN, LOW);

  WiFi.mode(WIFI_STA);
  WiFi.begin(SECRET_SSID, SECRET_PASS);
  while (WiFi.status() != WL_CONNECTED) {
    delay(250);
  }
  registerSelf();
}

void loop() {
  // relay is driven over MQTT in the full firmware; this build only registers
  delay(1000);
}
