package cloudflare.provider_auth_test

import rego.v1

import data.cloudflare.provider_auth

# Inputs mirror what `conftest --parser hcl2` produces for a provider block.
mock(attrs) := {"provider": {"cloudflare": [attrs]}}

test_token_from_variable_allowed if {
	count(provider_auth.deny) == 0 with input as mock({"api_token": "${var.cloudflare_api_token}"})
}

test_global_key_denied if {
	some msg in provider_auth.deny with input as mock({
		"email": "${var.cloudflare_email}",
		"api_key": "${var.cloudflare_api_key}",
	})
	contains(msg, "\"api_key\"")
}

test_service_key_denied if {
	some msg in provider_auth.deny with input as mock({"api_user_service_key": "${var.origin_ca_key}"})
	contains(msg, "api_user_service_key")
}

test_literal_token_denied if {
	some msg in provider_auth.deny with input as mock({"api_token": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
	contains(msg, "literal")
}

test_insensitive_variable_denied if {
	some msg in provider_auth.deny with input as {"variable": {"cloudflare_api_token": [{"type": "string"}]}}
	contains(msg, "sensitive")
}

test_sensitive_variable_allowed if {
	count(provider_auth.deny) == 0 with input as {"variable": {"cloudflare_api_token": [{"type": "string", "sensitive": true}]}}
}
