package main

import (
	"os"
	"testing"
)

// TestMain keeps the Go analysis cache of every scan these tests run in a
// directory of their own, never the user's cache.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "cfauthlint-test-cache")
	if err != nil {
		panic(err)
	}
	os.Setenv("CFAUTHLINT_CACHE", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
