// Build-time config for the ESP32 turnstile controller (bench/lab units only).
// Production boards get their keys over the provisioning UART at the depot.
#pragma once

#define FW_VERSION              "2.4.1"
#define GATE_ID                 "KX-LAB-TS-01"

#define WIFI_SSID               "MG-LAB-IOT"
#define WIFI_PASSWORD           "turnstile-lab-2024!"

#define API_BASE_URL            "https://gates.metrogate.io"
// HMAC-SHA256 key shared with gate-controller.ts (LAB_TURNSTILE_SECRET)
#define TURNSTILE_HMAC_KEY      "ESwriegmQbYmP8NQ8WOoZLfWm2etGoc35fvGTfAu"

// Optical sensor + solenoid pins
#define PIN_SOLENOID            25
#define PIN_ROTATION_A          32
#define PIN_ROTATION_B          33
#define PIN_LED_GREEN           26
#define PIN_LED_RED             27

// NFC reader (PN532) AES key for MIFARE DESFire EV2 app 0xF1A2B3
static const uint8_t DESFIRE_APP_KEY[16] = {
  0x16, 0x41, 0x09, 0xc8, 0x8b, 0x3e, 0xbd, 0xc9,
  0x37, 0xbf, 0x2e, 0x04, 0x3d, 0x64, 0x29, 0xb3
};
