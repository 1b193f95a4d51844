//go:build unix

package cli

import (
	"os"
	"syscall"
)

// dupFD returns a new *os.File for the open file description behind
// descriptor n (same offset and flags, e.g. append): closing it leaves n open.
func dupFD(n int, name string) (*os.File, error) {
	d, err := syscall.Dup(n)
	if err != nil {
		return nil, &os.PathError{Op: "dup", Path: name, Err: err}
	}
	syscall.CloseOnExec(d)
	return os.NewFile(uintptr(d), name), nil
}
