package rules

import "testing"

// TestInlineEnvValue: the value of `NAME=value more words` is one shell
// word when it is a value (a reference, key-shaped, a long mixed run, or
// before a comment), not the first word of a description.
func TestInlineEnvValue(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"$KEY lego --dns cloudflare run", "$KEY"},
		{`"$(cat /run/secrets/k)" lego run`, "$(cat /run/secrets/k)"},
		{"0123abcd0123abcd0123abcd0123abcd01234 CLOUDFLARE_EMAIL=a@b.c terraform apply", "0123abcd0123abcd0123abcd0123abcd01234"},
		{"abc # the old one", "abc"},
		{"Global API key of the account", ""},
		{"v1 terraform apply", ""}, // short: a word
		{"$KEY", ""},               // nothing follows
		{`"unterminated lego`, ""},
	} {
		got, ok := inlineEnvValue([]byte(tc.in))
		if string(got) != tc.want || ok != (tc.want != "") {
			t.Errorf("%q: got %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}
