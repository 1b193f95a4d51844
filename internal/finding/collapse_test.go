package finding

import (
	"fmt"
	"strings"
	"testing"
)

func TestCollapseNotices(t *testing.T) {
	var ns []Notice
	for i := range 6 {
		ns = append(ns, Notice{Path: fmt.Sprintf("t/%d.tf", i), Line: i + 1, Message: "cannot parse Terraform (X)", Repeat: true})
	}
	ns = append(ns,
		Notice{Path: "a.tf", Line: 2, Message: "cannot parse Terraform (Y)", Repeat: true},
		Notice{Path: "b.go", Line: 1, Message: "unused directive"},
		Notice{Path: "c.go", Line: 1, Message: "unused directive"},
		Notice{Path: "d.go", Line: 1, Message: "unused directive"},
		Notice{Path: "e.go", Line: 1, Message: "unused directive"},
	)
	out := CollapseNotices(ns)
	if len(out) != 6 {
		t.Fatalf("got %d notices, want 6 (one counted, one single Repeat, four directives kept): %v", len(out), out)
	}
	c := out[0]
	if c.Path != "" || !strings.HasPrefix(c.Message, "cannot parse Terraform (X): 6 files, e.g. t/0.tf:1, t/1.tf:2, t/2.tf:3 and 3 more") {
		t.Errorf("counted notice = %+v", c)
	}
	if out[1].Path != "a.tf" {
		t.Errorf("a lone Repeat notice was changed: %+v", out[1])
	}
	for _, n := range out[2:] {
		if n.Message != "unused directive" || n.Path == "" {
			t.Errorf("a notice without Repeat was folded: %+v", n)
		}
	}
}
