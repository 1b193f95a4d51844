//go:build !unix

package scanner

import "os"

func openRead(name string) (*os.File, error) { return os.Open(name) }
