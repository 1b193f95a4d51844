#!/usr/bin/env bash
# Inspect the account the legacy key belongs to.
http GET https://api.cloudflare.com/client/v4/user X-Auth-Email:"$CF_EMAIL" X-Auth-Key:"$CF_API_KEY"
wget -qO- --header="Authorization: Bearer $CLOUDFLARE_API_TOKEN" https://api.cloudflare.com/client/v4/user/tokens/verify
