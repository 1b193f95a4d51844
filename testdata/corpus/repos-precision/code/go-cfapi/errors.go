package cfapi

import (
	"errors"
	"fmt"
	"strings"
)

var (
	// ErrMissingCredentials is returned when no usable credentials were supplied.
	ErrMissingCredentials = errors.New("cfapi: no credentials: set an API token, or X-Auth-Key and X-Auth-Email")
	// ErrMissingAPIKey mirrors the API's own 6003 error text.
	ErrMissingAPIKey = errors.New("cfapi: X-Auth-Key: missing")
	// ErrMissingEmail mirrors the API's own 6003 error text.
	ErrMissingEmail = errors.New("cfapi: X-Auth-Email: missing")
	// ErrInvalidAuthKey is returned for API error 6103.
	ErrInvalidAuthKey = errors.New("cfapi: invalid format for X-Auth-Key header")
)

// APIRequestError wraps the error list from an unsuccessful API response.
type APIRequestError struct {
	StatusCode int
	Errors     []ResponseInfo
	RayID      string
}

func (e *APIRequestError) Error() string {
	var parts []string
	for _, err := range e.Errors {
		parts = append(parts, fmt.Sprintf("%d: %s", err.Code, err.Message))
	}
	return fmt.Sprintf("cfapi: HTTP %d (ray %s): %s", e.StatusCode, e.RayID, strings.Join(parts, "; "))
}

// classify maps well-known API error codes to sentinel errors.
func classify(codes []ResponseInfo) error {
	for _, c := range codes {
		switch c.Code {
		case 6003:
			if strings.Contains(c.Message, "X-Auth-Email") {
				return ErrMissingEmail
			}
			return ErrMissingAPIKey
		case 6103:
			return ErrInvalidAuthKey
		case 9109, 10000:
			return fmt.Errorf("cfapi: authentication error (%d): check the API token's permissions", c.Code)
		}
	}
	return nil
}
