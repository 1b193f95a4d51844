// Package resty is a stub of github.com/go-resty/resty/v2 for tests: the
// client and request-builder methods the analyzer follows.
package resty

import "crypto/tls"

type Client struct{}
type Request struct{}
type Response struct{}

func New() *Client                                       { return &Client{} }
func (c *Client) SetBaseURL(u string) *Client            { return c }
func (c *Client) SetAuthToken(t string) *Client          { return c }
func (c *Client) SetTLSClientConfig(*tls.Config) *Client { return c }
func (c *Client) R() *Request                            { return &Request{} }
func (r *Request) SetBody(any) *Request                  { return r }
func (r *Request) Get(u string) (*Response, error)       { return nil, nil }
func (r *Request) Patch(u string) (*Response, error)     { return nil, nil }
