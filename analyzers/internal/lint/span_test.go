package lint

import (
	"strconv"
	"testing"
)

func TestLitOffsets(t *testing.T) {
	for _, c := range []struct {
		lit        string
		start, end int // value byte range
		want       string
	}{
		{`"abcdef"`, 2, 4, "cd"},
		{`"a\tbcd"`, 2, 4, "bc"},
		{`"\x41\x42cd"`, 2, 4, "cd"},
		{`"é-token"`, 3, 8, "token"},
		{`"\u00e9-token"`, 3, 8, "token"},
		{"`raw\nvalue`", 4, 9, "value"},
		{`"\101x"`, 1, 2, "x"},
	} {
		ls, le, ok := litOffsets(c.lit, c.start, c.end)
		if !ok {
			t.Errorf("%s [%d,%d): not mapped", c.lit, c.start, c.end)
			continue
		}
		if got := c.lit[ls:le]; got != c.want {
			t.Errorf("%s [%d,%d) → source %q, want %q", c.lit, c.start, c.end, got, c.want)
		}
		v, _ := strconv.Unquote(c.lit)
		if v[c.start:c.end] != c.want {
			t.Fatalf("bad case %s", c.lit)
		}
	}
}

func TestDefaultName(t *testing.T) {
	for path, want := range map[string]string{
		"github.com/cloudflare/cloudflare-go":           "cloudflare",
		"github.com/cloudflare/cloudflare-go/v6":        "cloudflare",
		"github.com/cloudflare/cloudflare-go/v6/option": "option",
		"net/http":            "http",
		"gopkg.in/yaml.v3":    "yaml",
		"github.com/x/go-ini": "ini",
		"github.com/x/kit-go": "kit",
	} {
		if got := DefaultName(path); got != want {
			t.Errorf("DefaultName(%s) = %s, want %s", path, got, want)
		}
	}
}
