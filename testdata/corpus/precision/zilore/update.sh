#!/bin/sh
# Update a record through the Zilore API.
curl -X GET "https://api.zilore.com/dns/v1/domains/example.org/records" \
  -H "X-Auth-Key: $ZILORE_KEY"
