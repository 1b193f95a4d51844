package cfapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// OriginCAClient signs CSRs with the Cloudflare Origin CA, for the
// OriginIssuer controller. The /certificates endpoint accepts either an
// Origin CA key or an API token with Zone / SSL and Certificates: Edit.
type OriginCAClient struct {
	serviceKey string
	token      string
	endpoint   string
	client     *http.Client
}

// NewOriginCAClient returns a client authenticated with the token when set,
// otherwise with the Origin CA key.
func NewOriginCAClient(serviceKey, token string) *OriginCAClient {
	return &OriginCAClient{
		serviceKey: serviceKey,
		token:      token,
		endpoint:   "https://api.cloudflare.com/client/v4/certificates",
		client:     &http.Client{Timeout: 30 * time.Second},
	}
}

// SignRequest is the body of POST /certificates.
type SignRequest struct {
	Hostnames []string `json:"hostnames"`
	Validity  int      `json:"requested_validity"`
	Type      string   `json:"request_type"`
	CSR       string   `json:"csr"`
}

// SignResponse is the result of a successful sign request.
type SignResponse struct {
	ID          string    `json:"id"`
	Certificate string    `json:"certificate"`
	ExpiresOn   time.Time `json:"expires_on"`
}

// Sign submits the CSR and returns the issued certificate.
func (c *OriginCAClient) Sign(ctx context.Context, sr *SignRequest) (*SignResponse, error) {
	body, err := json.Marshal(sr)
	if err != nil {
		return nil, err
	}

	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	} else {
		req.Header.Set("X-Auth-User-Service-Key", c.serviceKey)
	}

	resp, err := c.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("origin ca: %w", err)
	}
	defer resp.Body.Close()

	var envelope struct {
		Success bool            `json:"success"`
		Errors  []apiError      `json:"errors"`
		Result  json.RawMessage `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&envelope); err != nil {
		return nil, fmt.Errorf("origin ca: decoding response: %w", err)
	}
	if !envelope.Success {
		return nil, fmt.Errorf("origin ca: %v", envelope.Errors)
	}

	var out SignResponse
	if err := json.Unmarshal(envelope.Result, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

type apiError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e apiError) String() string { return fmt.Sprintf("%d: %s", e.Code, e.Message) }
