// Package swift pushes issued certificates to the OpenStack Swift archive
// container using TempAuth / v1.0 authentication.
package swift

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
)

type Conn struct {
	AuthURL    string // e.g. https://swift.dc2.ravelin-labs.net/auth/v1.0
	User       string // account:user
	Key        string
	storageURL string
	authToken  string
}

func FromEnv() *Conn {
	return &Conn{
		AuthURL: os.Getenv("ST_AUTH"),
		User:    os.Getenv("ST_USER"),
		Key:     os.Getenv("ST_KEY"),
	}
}

// Authenticate performs the v1.0 handshake: X-Auth-User / X-Auth-Key in,
// X-Storage-Url / X-Auth-Token out.
func (c *Conn) Authenticate(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.AuthURL, nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-Auth-User", c.User)
	req.Header.Set("X-Auth-Key", c.Key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("swift auth: %s", resp.Status)
	}
	c.storageURL = resp.Header.Get("X-Storage-Url")
	c.authToken = resp.Header.Get("X-Auth-Token")
	return nil
}

// Put uploads obj into container.
func (c *Conn) Put(ctx context.Context, container, obj string, data []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, c.storageURL+"/"+container+"/"+obj, bytes.NewReader(data))
	if err != nil {
		return err
	}
	req.Header.Set("X-Auth-Token", c.authToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("swift put %s/%s: %s", container, obj, resp.Status)
	}
	return nil
}
