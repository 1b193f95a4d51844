package rules

import (
	"bytes"
	"testing"
)

// TestCalleeBodiesReadOnce: a TLS switch on a client handed to a function
// of the file reads that function's body (calleeURL). A file of such
// switches, the function defined again and again, must not make each use
// read every definition: a name is looked up once per file, and at most
// maxDefs of its definitions are read.
func TestCalleeBodiesReadOnce(t *testing.T) {
	unit := "session.verify = False\nfind(session)\ndef find(session):\n  session.get(\"https://10.0.0.5:8443/healthz\")\n"
	d := bytes.Repeat([]byte(unit), 200)
	s := &scanState{data: d, lower: bytes.ToLower(d), opt: Options{Path: "x.py"}}
	uses := 0
	for off := 0; ; {
		i := bytes.Index(s.lower[off:], []byte("\nfind(session)"))
		if i < 0 {
			break
		}
		u := off + i + len("\nfind(")
		off = u
		if got := s.calleeURL(s.lineStart(u), u); got != urlOther {
			t.Fatalf("calleeURL at %d = %d, want urlOther (the body requests another host)", u, got)
		}
		uses++
	}
	if uses != 200 || s.calleeBodies > maxDefs {
		t.Fatalf("%d uses read %d function bodies, want at most %d", uses, s.calleeBodies, maxDefs)
	}
}
