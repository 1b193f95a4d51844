//go:build !unix

package scanner

import "io/fs"

// fileID identifies a directory across symlinks. Not available on this
// platform, so --follow-symlinks relies on maxDepth to end loops here.
type fileID struct{ path string }

func idOf(fi fs.FileInfo) (fileID, bool) { return fileID{}, false }
