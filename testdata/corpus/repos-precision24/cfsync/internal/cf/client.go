// Package cf 는 cfsync 에 필요한 최소한의 Cloudflare API 클라이언트입니다.
// API 토큰(Bearer) 인증만 지원합니다.
package cf

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// DefaultBaseURL 은 Cloudflare API v4 주소입니다.
const DefaultBaseURL = "https://api.cloudflare.com/client/v4"

type Client struct {
	baseURL string
	token   string
	hc      *http.Client
}

type Option func(*Client)

func WithBaseURL(u string) Option           { return func(c *Client) { c.baseURL = strings.TrimRight(u, "/") } }
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }

// New 는 API 토큰으로 클라이언트를 만듭니다.
func New(token string, opts ...Option) (*Client, error) {
	if token == "" {
		return nil, errors.New("API 토큰이 비어 있습니다")
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	// 사내 프록시(SSL 검사)가 인증서를 바꿔치기해서 임시로 검증을 끔. TODO: 사내 CA 추가 후 제거
	tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}

	c := &Client{
		baseURL: DefaultBaseURL,
		token:   token,
		hc:      &http.Client{Timeout: 15 * time.Second, Transport: tr},
	}
	for _, o := range opts {
		o(c)
	}
	if !strings.HasPrefix(c.baseURL, "https://") {
		return nil, fmt.Errorf("평문 HTTP 주소는 허용되지 않습니다: %s", c.baseURL)
	}
	return c, nil
}

type envelope struct {
	Success bool              `json:"success"`
	Errors  []json.RawMessage `json:"errors"`
	Result  json.RawMessage   `json:"result"`
}

type Record struct {
	ID      string `json:"id,omitempty"`
	Type    string `json:"type"`
	Name    string `json:"name"`
	Content string `json:"content"`
	TTL     int    `json:"ttl"`
	Proxied bool   `json:"proxied"`
}

func (c *Client) do(ctx context.Context, method, path string, body, out any) error {
	var buf bytes.Buffer
	if body != nil {
		if err := json.NewEncoder(&buf).Encode(body); err != nil {
			return err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, &buf)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var env envelope
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		return fmt.Errorf("응답 파싱 실패: %w", err)
	}
	if !env.Success {
		return fmt.Errorf("%s %s 실패: %s", method, path, env.Errors)
	}
	if out != nil {
		return json.Unmarshal(env.Result, out)
	}
	return nil
}

// VerifyToken 은 토큰 상태("active" 등)를 돌려줍니다.
func (c *Client) VerifyToken(ctx context.Context) (string, error) {
	var r struct {
		Status string `json:"status"`
	}
	err := c.do(ctx, http.MethodGet, "/user/tokens/verify", nil, &r)
	return r.Status, err
}

func (c *Client) ListRecords(ctx context.Context, zoneID, name string) ([]Record, error) {
	var rs []Record
	err := c.do(ctx, http.MethodGet, fmt.Sprintf("/zones/%s/dns_records?type=A&name=%s", zoneID, name), nil, &rs)
	return rs, err
}

func (c *Client) CreateRecord(ctx context.Context, zoneID string, r Record) error {
	return c.do(ctx, http.MethodPost, fmt.Sprintf("/zones/%s/dns_records", zoneID), r, nil)
}

func (c *Client) UpdateRecord(ctx context.Context, zoneID string, r Record) error {
	return c.do(ctx, http.MethodPut, fmt.Sprintf("/zones/%s/dns_records/%s", zoneID, r.ID), r, nil)
}
