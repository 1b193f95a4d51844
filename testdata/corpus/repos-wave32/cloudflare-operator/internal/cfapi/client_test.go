package cfapi

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/cloudflare/cloudflare-go/v4/option"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
)

func newTestClient(t *testing.T, creds Credentials, h http.HandlerFunc) *Client {
	t.Helper()
	srv := httptest.NewTLSServer(h)
	t.Cleanup(srv.Close)

	c, err := NewClient(creds,
		option.WithBaseURL(srv.URL+"/client/v4/"),
		option.WithHTTPClient(srv.Client()),
		option.WithMaxRetries(0),
	)
	require.NoError(t, err)
	return c
}

func TestZoneID(t *testing.T) {
	c := newTestClient(t, Credentials{APIToken: "test-token"}, func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "Bearer test-token", r.Header.Get("Authorization"))
		assert.Equal(t, "/client/v4/zones", r.URL.Path)
		assert.Equal(t, "example.com", r.URL.Query().Get("name"))
		_ = json.NewEncoder(w).Encode(map[string]any{
			"success": true,
			"result":  []map[string]any{{"id": "zone-123", "name": "example.com"}},
		})
	})

	id, err := c.ZoneID(context.Background(), "example.com")
	require.NoError(t, err)
	assert.Equal(t, "zone-123", id)
}

func TestNewClientRequiresCredentials(t *testing.T) {
	_, err := NewClient(Credentials{Email: "ops@example.com"})
	assert.Error(t, err)
}

func TestFromSecret(t *testing.T) {
	for name, tc := range map[string]struct {
		data    map[string][]byte
		wantErr bool
	}{
		"token":         {data: map[string][]byte{"apiToken": []byte("test-token\n")}},
		"key and email": {data: map[string][]byte{"apiKey": []byte("test-key"), "email": []byte("ops@example.com")}},
		"key only":      {data: map[string][]byte{"apiKey": []byte("test-key")}, wantErr: true},
		"empty":         {data: map[string][]byte{}, wantErr: true},
	} {
		t.Run(name, func(t *testing.T) {
			creds, err := FromSecret(&corev1.Secret{Data: tc.data})
			if tc.wantErr {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.NotEmpty(t, creds.APIToken+creds.APIKey)
		})
	}
}
