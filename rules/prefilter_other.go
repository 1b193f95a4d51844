//go:build !amd64 || purego

package rules

// vectorScan has no vector search to run here: the scalar search does all.
func (p *prefilter) vectorScan([]byte, hitSink) int { return 0 }
