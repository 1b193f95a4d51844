#!/usr/bin/env bats
# Runs cf-ddns.sh against a stub `curl` on PATH; nothing leaves the machine.

setup() {
  export BATS_TMP="$(mktemp -d)"
  export PATH="$BATS_TEST_DIRNAME/stubs:$PATH"
  export CF_DDNS_CONF=/dev/null
  export CF_DDNS_ALLOW_INSECURE_BASE=1
  export CF_API_BASE="http://127.0.0.1:18080/client/v4"
  export CF_API_TOKEN="cfut_test"
  export CF_ZONE_ID="0123456789abcdef0123456789abcdef"
  export CF_RECORD_NAME="home.example.test"
  export STUB_LOG="$BATS_TMP/curl.log"
}

teardown() { rm -rf "$BATS_TMP"; }

@test "updates record when IP changed" {
  export STUB_PUBLIC_IP=203.0.113.7 STUB_RECORD_IP=198.51.100.1
  run ./cf-ddns.sh
  [ "$status" -eq 0 ]
  [[ "$output" == *"198.51.100.1 -> 203.0.113.7"* ]]
  grep -q -- '-X PUT' "$STUB_LOG"
}

@test "sends bearer token, never global key headers" {
  export STUB_PUBLIC_IP=203.0.113.7 STUB_RECORD_IP=203.0.113.7
  run ./cf-ddns.sh
  grep -q 'Authorization: Bearer cfut_test' "$STUB_LOG"
  ! grep -qi 'X-Auth-Key' "$STUB_LOG"
}

@test "refuses legacy CF_API_KEY" {
  export CF_API_KEY=0000000000000000000000000000000000000 CF_API_EMAIL=me@example.test
  run ./cf-ddns.sh
  [ "$status" -ne 0 ]
  [[ "$output" == *"no longer supported"* ]]
}

@test "refuses http base without opt-in" {
  unset CF_DDNS_ALLOW_INSECURE_BASE
  export CF_API_BASE="http://api.cloudflare.com/client/v4"
  run ./cf-ddns.sh
  [ "$status" -ne 0 ]
  [[ "$output" == *"must be https://"* ]]
}
