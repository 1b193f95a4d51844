# Conftest policy: how Terraform configurations may authenticate the
# cloudflare/cloudflare provider.
#
# Input is HCL parsed by conftest (`conftest test --parser hcl2 *.tf`), so a
# provider block arrives as input.provider.cloudflare[_] with attribute values
# as strings ("${var.x}" for references).
package cloudflare.provider_auth

import rego.v1

# Attributes that select Global API Key or user-service-key auth.
global_key_attrs := {"api_key", "email"}

service_key_attrs := {"api_user_service_key"}

providers contains p if {
	some p in input.provider.cloudflare
}

deny contains msg if {
	some p in providers
	some attr in global_key_attrs
	object.get(p, attr, null) != null
	msg := sprintf("cloudflare provider sets %q: Global API Key auth is not allowed, use api_token = var.cloudflare_api_token", [attr])
}

deny contains msg if {
	some p in providers
	some attr in service_key_attrs
	object.get(p, attr, null) != null
	msg := sprintf("cloudflare provider sets %q: use an API token with SSL and Certificates permissions instead", [attr])
}

# A token must come from a variable or data source, never a literal.
deny contains msg if {
	some p in providers
	tok := object.get(p, "api_token", "")
	tok != ""
	not startswith(tok, "${")
	msg := "cloudflare provider api_token is a literal string; pass it via var.cloudflare_api_token (TF_VAR_cloudflare_api_token)"
}

# The token variable must be marked sensitive so plans do not print it.
deny contains msg if {
	some name, v in input.variable
	regex.match(`(?i)cloudflare.*(token|key|secret)`, name)
	some block in v
	not block.sensitive
	msg := sprintf("variable %q holds a Cloudflare credential and must set sensitive = true", [name])
}

# Pinning: v4.x still accepts api_key; require a reviewed provider version.
warn contains msg if {
	some tf in input.terraform
	some rp in tf.required_providers
	cf := rp.cloudflare
	not cf.version
	msg := "required_providers.cloudflare has no version constraint"
}
