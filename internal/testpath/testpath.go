// Package testpath tells test code and test data from other files by their
// paths, for the findings (marked and lowered in confidence) and for the
// rules (a test that expects a URL to be refused is no use of it).
package testpath

import (
	"path"
	"strings"
)

// testDirs are directory names that hold tests or their data.
var testDirs = map[string]bool{
	"test": true, "tests": true, "testdata": true, "test-data": true, "test_data": true,
	"__tests__": true, "__mocks__": true, "fixtures": true, "__fixtures__": true, "test-fixtures": true,
	"testfixtures": true, "spec": true, "specs": true, "e2e": true, "acceptance-tests": true,
	"__snapshots__": true, // (Jest and Vitest snapshots: a test's recorded output)
}

// testFileSuffixes end the names of test files (lowercased) in the common
// ecosystems: Go, Python, JS/TS, Ruby, Java/Kotlin, C#, PHP, Rust, Elixir.
var testFileSuffixes = []string{
	"_test.go", "_test.py", "_test.rb", "_spec.rb", "_test.exs", "_test.rs",
	".test.js", ".test.ts", ".test.jsx", ".test.tsx", ".test.mjs", ".test.cjs",
	".spec.js", ".spec.ts", ".spec.jsx", ".spec.tsx", ".spec.mjs", ".spec.cjs",
}

// camelTestSuffixes end test class files, matched in their case
// (DnsClientTest.java, not Latest.java).
var camelTestSuffixes = []string{"Test.java", "Tests.java", "Test.kt", "Tests.kt", "Test.cs", "Tests.cs", "Test.php"}

// Is reports whether the slash-separated path p, relative to the
// scan root, is test code or test data: a directory named test, tests,
// testdata, __tests__, fixtures, spec, e2e, … on the way, or a file named as
// a test (foo_test.go, test_foo.py, conftest.py, foo.test.ts, FooTest.java,
// foo_spec.rb) or as test data (test-cert.pem, test_config.yaml).
func Is(p string) bool {
	p = strings.TrimPrefix(p, "./")
	for _, s := range camelTestSuffixes {
		if strings.HasSuffix(p, s) && len(path.Base(p)) > len(s) {
			return true
		}
	}
	p = strings.ToLower(p)
	dir, base := path.Split(p)
	for _, d := range strings.Split(strings.Trim(dir, "/"), "/") {
		if testDirs[d] {
			return true
		}
	}
	if base == "conftest.py" || strings.HasPrefix(base, "test_") || strings.HasPrefix(base, "test-") {
		return true
	}
	for _, s := range testFileSuffixes {
		if strings.HasSuffix(base, s) && len(base) > len(s) {
			return true
		}
	}
	return false
}
