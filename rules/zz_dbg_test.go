package rules

import (
	"bytes"
	"os"
	"testing"
)

func TestZZDbg(t *testing.T) {
	d, _ := os.ReadFile("../testdata/corpus/repos-wave33/build-tooling/justfile")
	s := &scanState{data: d, lower: bytes.ToLower(d), opt: Options{Path: "justfile"}}
	pos := bytes.Index(s.lower, []byte("x-auth-key: $cf"))
	t.Logf("ovr=%v near=%v ctx=%v", s.otherVendorRequest(pos, pos+10), s.nearAPIHost(pos, pos+10), s.globalKeyContext(pos, pos+10))
	for _, m := range (Options{Path: "justfile"}).Scan(d) {
		t.Logf("%s %d", m.Rule.ID, bytes.Count(d[:m.Start], []byte("\n"))+1)
	}
}

func TestZZDbg2(t *testing.T) {
	d, _ := os.ReadFile("../testdata/corpus/repos-wave33/build-tooling/justfile")
	s := &scanState{data: d, lower: bytes.ToLower(d), opt: Options{Path: "justfile"}}
	pos := bytes.Index(s.lower, []byte("x-auth-key: $cf"))
	t.Logf("sent=%v", s.headerSent(pos, pos+10))
	pos = bytes.Index(s.lower, []byte("x-auth-key: $swift"))
	t.Logf("sent=%v", s.headerSent(pos, pos+10))
}
