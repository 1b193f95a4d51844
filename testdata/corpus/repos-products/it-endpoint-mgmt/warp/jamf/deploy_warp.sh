#!/bin/bash
# Jamf Pro policy script: "Cloudflare WARP - enroll"
# Parameter 4 = organization, 5 = Access client id, 6 = Access client secret
# (parameters are stored in the Jamf policy, never in this repo)

ORG="${4:-acmecorp}"
CLIENT_ID="$5"
CLIENT_SECRET="$6"

if [[ -z "$CLIENT_ID" || -z "$CLIENT_SECRET" ]]; then
  echo "missing service token parameters" >&2
  exit 1
fi

/bin/mkdir -p "/Library/Managed Preferences"
/bin/cat > "/Library/Managed Preferences/com.cloudflare.warp.plist" <<PLIST
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>organization</key>
  <string>${ORG}</string>
  <key>auth_client_id</key>
  <string>${CLIENT_ID}</string>
  <key>auth_client_secret</key>
  <string>${CLIENT_SECRET}</string>
  <key>service_mode</key>
  <string>warp</string>
</dict>
</plist>
PLIST

/usr/sbin/installer -pkg /Library/Application\ Support/JAMF/Waiting\ Room/Cloudflare_WARP.pkg -target /
