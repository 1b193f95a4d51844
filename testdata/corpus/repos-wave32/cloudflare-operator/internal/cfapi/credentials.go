package cfapi

import (
	"fmt"
	"os"
	"strings"

	corev1 "k8s.io/api/core/v1"
)

// Keys read from a credentials Secret.
const (
	SecretKeyAPIToken = "apiToken"
	SecretKeyAPIKey   = "apiKey"
	SecretKeyEmail    = "email"
)

// FromSecret extracts Credentials from a Kubernetes Secret.
func FromSecret(s *corev1.Secret) (Credentials, error) {
	c := Credentials{
		APIToken: strings.TrimSpace(string(s.Data[SecretKeyAPIToken])),
		APIKey:   strings.TrimSpace(string(s.Data[SecretKeyAPIKey])),
		Email:    strings.TrimSpace(string(s.Data[SecretKeyEmail])),
	}
	if c.APIToken == "" && (c.APIKey == "" || c.Email == "") {
		return Credentials{}, fmt.Errorf("secret %s/%s: need %s, or %s and %s",
			s.Namespace, s.Name, SecretKeyAPIToken, SecretKeyAPIKey, SecretKeyEmail)
	}
	return c, nil
}

// localDevCredentials are used by `make run` (OPERATOR_DEV=1) when the
// CloudflareAccount has no usable Secret. Staging account only.
var localDevCredentials = Credentials{
	APIKey: "{{cfk}}",
	Email:  "operator-dev@tunnelworks.example",
}

// DevFallback returns localDevCredentials when running locally.
func DevFallback() (Credentials, bool) {
	if os.Getenv("OPERATOR_DEV") != "1" {
		return Credentials{}, false
	}
	return localDevCredentials, true
}
