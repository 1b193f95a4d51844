package cloudflare

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/cloudflare/cloudflare-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewDNSProviderConfig(t *testing.T) {
	testCases := []struct {
		desc      string
		authToken string
		zoneToken string
		ttl       int
		expected  string
	}{
		{desc: "success with token", authToken: "123", ttl: minTTL},
		{desc: "success with zone token", authToken: "123", zoneToken: "456", ttl: minTTL},
		{desc: "success with same tokens", authToken: "123", zoneToken: "123", ttl: minTTL},
		{desc: "invalid TTL", authToken: "123", ttl: 30, expected: "cloudflare: invalid TTL, TTL (30) must be greater than 120"},
	}

	for _, test := range testCases {
		t.Run(test.desc, func(t *testing.T) {
			config := NewDefaultConfig()
			config.AuthToken = test.authToken
			config.ZoneToken = test.zoneToken
			config.TTL = test.ttl

			p, err := NewDNSProviderConfig(config)
			if test.expected != "" {
				require.EqualError(t, err, test.expected)
				return
			}
			require.NoError(t, err)
			assert.NotNil(t, p.client)
		})
	}
}

func setupMockAPI(t *testing.T) *http.ServeMux {
	t.Helper()
	mux := http.NewServeMux()
	server := httptest.NewServer(mux)
	t.Cleanup(server.Close)
	t.Setenv(EnvBaseURL, server.URL)
	return mux
}

func TestMetaClient_ZoneIDByName_cached(t *testing.T) {
	mux := setupMockAPI(t)

	var calls int
	mux.HandleFunc("/zones", func(w http.ResponseWriter, r *http.Request) {
		calls++
		if r.Header.Get("X-Auth-Key") != "123" || r.Header.Get("X-Auth-Email") != "test@example.com" {
			http.Error(w, `{"success":false,"errors":[{"code":10000,"message":"Authentication error"}]}`, http.StatusForbidden)
			return
		}
		fmt.Fprint(w, `{"success":true,"result":[{"id":"023e105f4ecef8ad9ca31a8372d0c353","name":"example.com"}],"result_info":{"page":1,"per_page":50,"total_pages":1,"count":1,"total_count":1}}`)
	})

	api, err := cloudflare.New("123", "test@example.com", cloudflare.BaseURL(NewDefaultConfig().BaseURL))
	require.NoError(t, err)

	client := &metaClient{clientEdit: api, clientRead: api, zones: map[string]string{}, zonesMu: &sync.RWMutex{}}

	for range 3 {
		id, err := client.ZoneIDByName("_acme-challenge.example.com.")
		require.NoError(t, err)
		assert.Equal(t, "023e105f4ecef8ad9ca31a8372d0c353", id)
	}
	assert.Equal(t, 1, calls)
}

func TestNewHTTPClient_noProxy(t *testing.T) {
	t.Setenv(EnvHTTPProxy, "")
	client := newHTTPClient(5 * time.Second)
	assert.Nil(t, client.Transport)
	assert.Equal(t, 5*time.Second, client.Timeout)
}
