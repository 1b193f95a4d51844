// Package akamai signs requests with Akamai EdgeGrid (EG1-HMAC-SHA256) and
// issues Fast Purge (CCU v3) calls.
package akamai

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"gopkg.in/ini.v1"
)

// Credentials are the four values from an .edgerc section.
type Credentials struct {
	Host         string
	ClientToken  string
	ClientSecret string
	AccessToken  string
}

// LoadEdgerc reads a section of an .edgerc file. Path defaults to $AKAMAI_EDGERC
// or ~/.edgerc.
func LoadEdgerc(path, section string) (Credentials, error) {
	if path == "" {
		path = os.Getenv("AKAMAI_EDGERC")
	}
	if path == "" {
		home, _ := os.UserHomeDir()
		path = filepath.Join(home, ".edgerc")
	}
	if section == "" {
		section = "default"
	}
	f, err := ini.Load(path)
	if err != nil {
		return Credentials{}, fmt.Errorf("akamai: load %s: %w", path, err)
	}
	s := f.Section(section)
	return Credentials{
		Host:         s.Key("host").String(),
		ClientToken:  s.Key("client_token").String(),
		ClientSecret: s.Key("client_secret").String(),
		AccessToken:  s.Key("access_token").String(),
	}, nil
}

func hmacB64(key, data string) string {
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(data))
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

func nonce() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// Sign adds the EdgeGrid Authorization header to req. body is the request body.
func (c Credentials) Sign(req *http.Request, body []byte) {
	ts := time.Now().UTC().Format("20060102T15:04:05+0000")
	authPrefix := fmt.Sprintf("EG1-HMAC-SHA256 client_token=%s;access_token=%s;timestamp=%s;nonce=%s;",
		c.ClientToken, c.AccessToken, ts, nonce())

	sum := sha256.Sum256(body)
	contentHash := base64.StdEncoding.EncodeToString(sum[:])
	dataToSign := strings.Join([]string{
		req.Method, "https", req.URL.Host, req.URL.RequestURI(), "", contentHash, authPrefix,
	}, "\t")

	signingKey := hmacB64(c.ClientSecret, ts)
	req.Header.Set("Authorization", authPrefix+"signature="+hmacB64(signingKey, dataToSign))
}

// PurgeURLs invalidates URLs on the production network via Fast Purge.
func PurgeURLs(ctx context.Context, c Credentials, urls []string) error {
	quoted := make([]string, len(urls))
	for i, u := range urls {
		quoted[i] = fmt.Sprintf("%q", u)
	}
	body := []byte(`{"objects":[` + strings.Join(quoted, ",") + `]}`)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost,
		"https://"+c.Host+"/ccu/v3/invalidate/url/production", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	c.Sign(req, body)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("akamai: fast purge: %s", resp.Status)
	}
	return nil
}
