package finding

import "testing"

func TestMarkTestPaths(t *testing.T) {
	fs := []Finding{
		{Path: "a/testdata/x.env", Confidence: "high"},
		{Path: "a/prod.env", Confidence: "high"},
		{Path: "b/x_test.go", Confidence: "medium"},
		{Path: "../up/tests/y.env", Confidence: "high"},
	}
	// rel maps the displayed path to the repository path.
	rel := func(p string) string {
		if p == "../up/tests/y.env" {
			return "y.env"
		}
		return p
	}
	if n := MarkTestPaths(fs, rel); n != 2 {
		t.Fatalf("marked %d, want 2", n)
	}
	want := []struct {
		conf string
		test bool
	}{{"medium", true}, {"high", false}, {"low", true}, {"high", false}}
	for i, w := range want {
		if fs[i].Confidence != w.conf || fs[i].TestPath != w.test {
			t.Errorf("%s: confidence %q test %v, want %q %v", fs[i].Path, fs[i].Confidence, fs[i].TestPath, w.conf, w.test)
		}
	}
	// Marking twice lowers once.
	if n := MarkTestPaths(fs, rel); n != 0 || fs[0].Confidence != "medium" {
		t.Errorf("second mark: %d marked, confidence %q", n, fs[0].Confidence)
	}
}
