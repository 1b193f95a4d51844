//go:build !amd64 || purego

package literal

// vectorScan has no vector search to run here: the scalar search does all.
func (s *Search) vectorScan([]byte, Sink) int { return 0 }
