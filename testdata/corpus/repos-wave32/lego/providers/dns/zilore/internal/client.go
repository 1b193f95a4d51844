package internal

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
)

const defaultBaseURL = "https://api.zilore.com/dns/v1"

// authHeader is the header Zilore expects the account API key in.
// See https://zilore.com/en/help/api
const authHeader = "X-Auth-Key"

// Client the Zilore API client.
type Client struct {
	apiKey string

	baseURL    *url.URL
	HTTPClient *http.Client
}

// NewClient creates a new Client.
func NewClient(apiKey string) (*Client, error) {
	if apiKey == "" {
		return nil, fmt.Errorf("zilore: missing API key")
	}
	baseURL, _ := url.Parse(defaultBaseURL)

	return &Client{
		apiKey:     apiKey,
		baseURL:    baseURL,
		HTTPClient: &http.Client{Timeout: 10 * time.Second},
	}, nil
}

// AddRecord adds a record to the domain.
func (c *Client) AddRecord(ctx context.Context, domain string, record Record) (int, error) {
	endpoint := c.baseURL.JoinPath("domains", domain, "records")

	query := endpoint.Query()
	query.Set("record_type", record.Type)
	query.Set("record_name", record.Name)
	query.Set("record_value", record.Value)
	query.Set("record_ttl", fmt.Sprint(record.TTL))
	endpoint.RawQuery = query.Encode()

	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint.String(), nil)
	if err != nil {
		return 0, err
	}

	var result APIResponse[AddRecordResult]
	if err := c.do(req, &result); err != nil {
		return 0, err
	}
	return result.Response.RecordID, nil
}

// DeleteRecord deletes a record from the domain.
func (c *Client) DeleteRecord(ctx context.Context, domain string, recordID int) error {
	endpoint := c.baseURL.JoinPath("domains", domain, "records")

	query := endpoint.Query()
	query.Set("record_id", fmt.Sprint(recordID))
	endpoint.RawQuery = query.Encode()

	req, err := http.NewRequestWithContext(ctx, http.MethodDelete, endpoint.String(), nil)
	if err != nil {
		return err
	}
	return c.do(req, nil)
}

func (c *Client) do(req *http.Request, result any) error {
	req.Header.Set(authHeader, c.apiKey)
	req.Header.Set("Accept", "application/json")

	resp, err := c.HTTPClient.Do(req)
	if err != nil {
		return fmt.Errorf("zilore: %w", err)
	}
	defer resp.Body.Close()

	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("zilore: unexpected status %d: %s", resp.StatusCode, raw)
	}
	if result == nil {
		return nil
	}
	return json.Unmarshal(raw, result)
}

// Record a DNS record.
type Record struct {
	Type  string
	Name  string
	Value string
	TTL   int
}

// APIResponse is the common response envelope.
type APIResponse[T any] struct {
	Status   string `json:"status"`
	Response T      `json:"response"`
}

// AddRecordResult is the response of AddRecord.
type AddRecordResult struct {
	RecordID int `json:"record_id"`
}
