//go:build !purego

package literal

// Vector search with AVX2 (vector_amd64.s).

func cpuHasAVX2() bool

// pairIndexAVX2 returns the first i in [0, n-34] step 1, block by block of
// 32, at which the bytes p[i], p[i+1], p[i+2] are a candidate in masks
// (vectorMasks), and true; or, when there is none, the first i it did not
// look at, and false.
//
//go:noescape
func pairIndexAVX2(p *byte, n int, masks *[6][32]byte) (i int, found bool)

var hasAVX2 = cpuHasAVX2()

// vectorScan finds the literals whose vector pair starts before the
// returned offset, from which the scalar search must go on.
func (s *Search) vectorScan(data []byte, sink Sink) int {
	if !hasAVX2 {
		return 0
	}
	pos := 0
	for len(data)-pos >= 34 {
		i, found := pairIndexAVX2(&data[pos], len(data)-pos, s.vec)
		if !found {
			return pos + i
		}
		at := pos + i
		if starts := s.starts[uint16(data[at])|uint16(data[at+1])<<8]; starts != 0 {
			s.check(data, at, starts, sink)
		}
		pos = at + 1
	}
	return pos
}
