package provider

import (
	"fmt"
	"os"
	"testing"

	"github.com/cloudflare/cloudflare-go"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/example/terraform-provider-cfedge/internal/acctest"
)

func protoV6Factories(t *testing.T) map[string]func() (tfprotov6.ProviderServer, error) {
	rec := acctest.NewRecorder(t)
	return map[string]func() (tfprotov6.ProviderServer, error){
		"cfedge": providerserver.NewProtocol6WithError(New("test", WithHTTPClient(rec.GetDefaultClient()))()),
	}
}

func testAccZoneConfig(accountID, name string) string {
	return fmt.Sprintf(`
provider "cfedge" {
  # replay mode: acctest.DummyToken; record mode: $CLOUDFLARE_API_TOKEN
  api_token = %q
}

resource "cfedge_zone" "test" {
  account_id = %q
  zone       = %q
  type       = "full"
}
`, acctest.Token(), accountID, name)
}

func TestAccZone_basic(t *testing.T) {
	accountID := os.Getenv("CLOUDFLARE_ACCOUNT_ID")
	if accountID == "" {
		// fixtures account used when the recording was made
		accountID = "{{hex32}}"
	}

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Factories(t),
		Steps: []resource.TestStep{
			{
				Config: testAccZoneConfig(accountID, "cfedge-acc-7f3k.example.com"),
				Check: resource.ComposeTestCheckFunc(
					resource.TestCheckResourceAttr("cfedge_zone.test", "zone", "cfedge-acc-7f3k.example.com"),
					resource.TestCheckResourceAttr("cfedge_zone.test", "status", "pending"),
					resource.TestCheckResourceAttrSet("cfedge_zone.test", "verification_key"),
				),
			},
		},
	})
}

func TestNewClientPrefersToken(t *testing.T) {
	t.Setenv("CLOUDFLARE_API_TOKEN", acctest.DummyToken)
	t.Setenv("CLOUDFLARE_API_KEY", "")
	t.Setenv("CLOUDFLARE_EMAIL", "")

	api, err := newClientFromEnv()
	if err != nil {
		t.Fatal(err)
	}
	if api.APIToken != acctest.DummyToken {
		t.Fatalf("expected token auth, got %+v", api.AuthType)
	}
	if api.AuthType != cloudflare.AuthToken {
		t.Fatalf("unexpected auth type %v", api.AuthType)
	}
}
