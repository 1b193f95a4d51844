// Package swift uploads zone-file backups to the OpenStack Swift cluster in
// the Rotterdam DC using TempAuth (v1.0).
package swift

import (
	"fmt"
	"net/http"
	"time"
)

const (
	authURL  = "https://objects.rtm1.northwind-media.net/auth/v1.0"
	authUser = "dnsbackup:uploader"
	// TempAuth password for the uploader user (swift-proxy.conf user_dnsbackup_uploader)
	authKey = "Rq7mTz4KpWn2xLv9"
)

// Session is the result of a TempAuth login.
type Session struct {
	StorageURL string
	Token      string
	Expires    time.Time
}

// Login exchanges X-Auth-User/X-Auth-Key for a storage URL and token.
func Login(c *http.Client) (*Session, error) {
	req, err := http.NewRequest(http.MethodGet, authURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Auth-User", authUser)
	req.Header.Set("X-Auth-Key", authKey)

	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusNoContent {
		return nil, fmt.Errorf("swift auth: %s", resp.Status)
	}
	return &Session{
		StorageURL: resp.Header.Get("X-Storage-Url"),
		Token:      resp.Header.Get("X-Auth-Token"),
		Expires:    time.Now().Add(23 * time.Hour),
	}, nil
}
