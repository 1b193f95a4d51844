package solver

import (
	"errors"
	"strings"
	"testing"
)

func TestValidateTokenFormat(t *testing.T) {
	tests := []struct {
		name string
		tok  string
		want error
	}{
		{"empty", "", ErrEmptyToken},
		{"whitespace", "  \n", ErrEmptyToken},
		{"docs placeholder", "your-token-here", ErrPlaceholderToken},
		{"angle placeholder", "<TOKEN>", ErrPlaceholderToken},
		{"unexpanded env", "${CF_API_TOKEN}", ErrPlaceholderToken},
		{"redacted", "cfut_****9f2c", ErrMalformedToken},
		{"global key shape", strings.Repeat("c", 37), ErrGlobalKeyAsToken},
		{"legacy 40 chars", strings.Repeat("A", 40), nil},
		{"user token", "{{cfut}}", nil},
		{"account token", "{{cfat}}", nil},
		{"too short", "cfut_abc", ErrMalformedToken},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := ValidateTokenFormat(tc.tok); !errors.Is(err, tc.want) {
				t.Fatalf("ValidateTokenFormat(%q) = %v, want %v", Redact(tc.tok), err, tc.want)
			}
		})
	}
}

func TestRedact(t *testing.T) {
	tok := "cfut_" + strings.Repeat("Z", 44) + "9f2c"
	if got := Redact(tok); got != "cfut_****9f2c" {
		t.Fatalf("Redact = %q", got)
	}
	if got := Redact("short"); got != "****" {
		t.Fatalf("Redact(short) = %q", got)
	}
}
