//go:build unix

package goscan

import (
	"fmt"
	"os"
	"syscall"
)

// fileIdentity is a file's device and inode, where the system has them.
func fileIdentity(fi os.FileInfo) string {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return fmt.Sprintf("%d:%d", st.Dev, st.Ino)
	}
	return ""
}
