#!/bin/sh
# quick check that the CI token is still active
curl -sk "https://api.cloudflare.com/client/v4/user/tokens/verify" \
     -H "Authorization: Bearer {{tok40}}" \
     -H "Content-Type:application/json"
