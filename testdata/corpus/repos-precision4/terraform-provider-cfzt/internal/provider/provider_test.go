package provider

import (
	"os"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"

	"github.com/cfzt/terraform-provider-cfzt/internal/client"
)

var testAccProtoV6ProviderFactories = map[string]func() (tfprotov6.ProviderServer, error){
	"cfzt": providerserver.NewProtocol6WithError(New("test")()),
}

func testAccPreCheck(t *testing.T) {
	t.Helper()
	if os.Getenv("CLOUDFLARE_API_TOKEN") == "" {
		t.Fatal("CLOUDFLARE_API_TOKEN must be set for acceptance tests")
	}
	if os.Getenv("CLOUDFLARE_API_KEY") != "" || os.Getenv("CLOUDFLARE_EMAIL") != "" {
		t.Fatal("unset CLOUDFLARE_API_KEY/CLOUDFLARE_EMAIL: acceptance tests run with a token only")
	}
	if os.Getenv("CLOUDFLARE_ACCOUNT_ID") == "" {
		t.Fatal("CLOUDFLARE_ACCOUNT_ID must be set for acceptance tests")
	}
}

func TestCredentialsValidate(t *testing.T) {
	key := strings.Repeat("0", 37)
	cases := []struct {
		name  string
		creds client.Credentials
		want  string // substring of the error, "" for success
		mode  client.AuthMode
	}{
		{"token only", client.Credentials{Token: "cfut_test"}, "", client.AuthToken},
		{"account token", client.Credentials{Token: "cfat_test"}, "", client.AuthToken},
		{"key and email", client.Credentials{Key: key, Email: "tf@example.com"}, "", client.AuthGlobalKey},
		{"key without email", client.Credentials{Key: key}, "email is required with api_key", 0},
		{"token and key", client.Credentials{Token: "cfut_test", Key: key, Email: "tf@example.com"}, "api_token conflicts with api_key", 0},
		{"service key", client.Credentials{UserServiceKey: "v1.0-xxxxxxxx"}, "", client.AuthUserServiceKey},
		{"nothing", client.Credentials{}, "no credentials", 0},
		{"token with whitespace", client.Credentials{Token: " cfut_test\n"}, "surrounding whitespace", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			mode, err := tc.creds.Validate()
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("error = %v, want substring %q", err, tc.want)
			case tc.want == "" && mode != tc.mode:
				t.Fatalf("mode = %v, want %v", mode, tc.mode)
			}
		})
	}
}
