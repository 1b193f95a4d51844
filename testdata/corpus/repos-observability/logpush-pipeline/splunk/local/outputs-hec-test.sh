#!/bin/sh
# Smoke-test the HEC endpoint that Cloudflare Logpush writes to.
curl -k "https://splunk-hec.corp.example.com:8088/services/collector/raw?channel={{uuid}}" \
  -H "Authorization: Splunk {{uuid}}" \
  -d '{"ClientIP":"192.0.2.1","EdgeResponseStatus":200,"RayID":"8c1f0000000000aa"}'
