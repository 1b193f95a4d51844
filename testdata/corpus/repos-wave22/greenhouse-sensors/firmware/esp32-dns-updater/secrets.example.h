// secrets.example.h -- copy to secrets.h and fill in.
// secrets.h is in .gitignore; never commit real values.
#pragma once

#define WIFI_SSID "your-ssid"
#define WIFI_PASS "your-wifi-password"

// Create a token at dash.cloudflare.com -> My Profile -> API Tokens
// using the "Edit zone DNS" template, restricted to one zone.
#define CF_API_TOKEN "<your-cloudflare-api-token>"
#define CF_ZONE_ID "<zone-id>"
#define CF_RECORD_ID "<dns-record-id>"
#define CF_RECORD_NAME "host.example.com"
