package literal

import "encoding/binary"

// Lower writes src ASCII-lowercased to dst (as long), eight bytes at a
// time.
func Lower(dst, src []byte) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(src); i += 8 {
		w := binary.LittleEndian.Uint64(src[i:])
		low7 := w &^ highs
		// High bit of each byte: its low 7 bits are >= 'A' and <= 'Z', and
		// the byte is ASCII; that bit shifted to 0x20 lowercases it.
		upper := (low7 + ones*(0x80-'A')) &^ (low7 + ones*(0x80-'Z'-1)) &^ w & highs
		binary.LittleEndian.PutUint64(dst[i:], w|upper>>2)
	}
	for ; i < len(src); i++ {
		c := src[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[i] = c
	}
}

// EqualLower reports whether b lowercased (ASCII) equals the lowercase lit
// (b is at least as long).
func EqualLower(b []byte, lit string) bool {
	for i := range len(lit) {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lit[i] {
			return false
		}
	}
	return true
}
