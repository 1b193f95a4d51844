//go:build !unix

package safefile

import "os"

// openNonBlocking opens path; where there is no O_NONBLOCK, a symlink is
// refused by Lstat first (a race the fstat check in Open still bounds).
func openNonBlocking(path string, noFollow bool) (*os.File, error) {
	if noFollow {
		if fi, err := os.Lstat(path); err == nil && fi.Mode()&os.ModeSymlink != 0 {
			return nil, &os.PathError{Op: "open", Path: path, Err: ErrSymlink}
		}
	}
	return os.Open(path)
}
