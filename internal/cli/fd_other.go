//go:build !unix

package cli

import (
	"errors"
	"os"
)

func dupFD(n int, name string) (*os.File, error) {
	return nil, &os.PathError{Op: "dup", Path: name, Err: errors.ErrUnsupported}
}
