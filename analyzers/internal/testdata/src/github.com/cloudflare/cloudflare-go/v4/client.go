// Package cloudflare is a stub of github.com/cloudflare/cloudflare-go/v4.
package cloudflare

import "github.com/cloudflare/cloudflare-go/v4/option"

// Client is the client.
type Client struct{ Options []option.RequestOption }

// NewClient reads CLOUDFLARE_* from the environment and applies opts.
func NewClient(opts ...option.RequestOption) *Client { return &Client{Options: opts} }
