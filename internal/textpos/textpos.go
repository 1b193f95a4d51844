// Package textpos turns byte offsets in text into the positions findings
// show: lines counted from 1, columns counted from 1 in code points (an
// invalid UTF-8 byte counts as one), as every output format spells them.
package textpos

import (
	"bytes"
	"unicode/utf8"
)

// Cursor is the position of an offset in a text read in order, part after
// part: the scanner's windows move one along a file.
type Cursor struct {
	Line int // 1-based
	Col  int // code points between the line's start and the offset
}

// Start is the position of a text's first byte.
func Start() Cursor { return Cursor{Line: 1} }

// Advance moves c over seg, the text between c's offset and the next.
func (c *Cursor) Advance(seg []byte) {
	if nl := bytes.Count(seg, []byte{'\n'}); nl > 0 {
		c.Line += nl
		seg = seg[bytes.LastIndexByte(seg, '\n')+1:]
		c.Col = 0
	}
	c.Col += utf8.RuneCount(seg)
}

// Column is c's 1-based column.
func (c Cursor) Column() int { return c.Col + 1 }

// At returns the 1-based line and column of offset off in data.
func At(data []byte, off int) (line, col int) {
	c := Start()
	c.Advance(data[:off])
	return c.Line, c.Column()
}
