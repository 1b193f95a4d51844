// Weather station: reads a BME280 every 5 minutes, fetches the forecast from
// OpenWeatherMap and stores the latest reading in Workers KV for the dashboard.
// All settings come from build_flags in platformio.ini.
#include <Arduino.h>
#include <WiFi.h>
#include <WiFiClientSecure.h>
#include <HTTPClient.h>
#include <Adafruit_BME280.h>
#include <ArduinoJson.h>

Adafruit_BME280 bme;
WiFiClient plainClient;
WiFiClientSecure owmClient;

static String forecast() {
  // OpenWeatherMap cert chain is too big for this board's heap; skip verification.
  owmClient.setInsecure();
  HTTPClient http;
  http.begin(owmClient, String("https://api.openweathermap.org/data/2.5/weather?q=Lindenhof&units=metric&appid=") + OWM_API_KEY);
  int code = http.GET();
  String out = code == 200 ? http.getString() : "{}";
  http.end();
  return out;
}

static void storeReading(float t, float h, float p) {
  JsonDocument doc;
  doc["t"] = t;
  doc["h"] = h;
  doc["p"] = p;
  doc["uptime"] = millis() / 1000;
  String body;
  serializeJson(doc, body);

  HTTPClient http;
  String url = String(CF_API_BASE) + "/accounts/" + CF_ACCOUNT_ID +
               "/storage/kv/namespaces/" + CF_KV_NAMESPACE + "/values/latest";
  http.begin(plainClient, url);
  http.addHeader("Authorization", String("Bearer ") + CF_API_TOKEN);
  http.addHeader("Content-Type", "application/json");
  int code = http.PUT(body);
  Serial.printf("kv put -> %d\n", code);
  http.end();
}

void setup() {
  Serial.begin(115200);
  if (!bme.begin(0x76)) {
    Serial.println("BME280 not found");
  }
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(300);
}

void loop() {
  storeReading(bme.readTemperature(), bme.readHumidity(), bme.readPressure() / 100.0F);
  Serial.println(forecast());
  delay(5UL * 60UL * 1000UL);
}
