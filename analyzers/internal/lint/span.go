package lint

import (
	"go/ast"
	"go/token"
	"strconv"
	"unicode/utf8"

	"github.com/cfauthlint/cfauthlint/analyzers/internal/index"
)

// Span is where a byte range of a constant's value lies in the source.
type Span struct {
	Pos, End token.Pos
	// Lit is the literal that holds the whole range, with the range's
	// source offsets inside it; nil when the range spans several operands
	// of a concatenation (then Pos/End cover the whole expression).
	Lit              *ast.BasicLit
	LitStart, LitEnd int
}

// SpanOf maps [start, end) of c.Value to source. ok is false when the range
// lies inside a named constant used in a concatenation (`"Bearer " + tok`):
// that value is reported where the constant is declared.
func SpanOf(ix *index.Index, c *index.Const, start, end int) (Span, bool) {
	var leaves []ast.Expr
	var flatten func(e ast.Expr)
	flatten = func(e ast.Expr) {
		switch x := e.(type) {
		case *ast.ParenExpr:
			flatten(x.X)
		case *ast.BinaryExpr:
			if x.Op == token.ADD {
				flatten(x.X)
				flatten(x.Y)
				return
			}
			leaves = append(leaves, e)
		default:
			leaves = append(leaves, e)
		}
	}
	flatten(c.Expr)
	off := 0
	for _, l := range leaves {
		v, ok := ix.StringValue(l)
		if !ok {
			break
		}
		if start >= off && end <= off+len(v) {
			lit, ok := l.(*ast.BasicLit)
			if !ok {
				return Span{}, false
			}
			ls, le, ok := litOffsets(lit.Value, start-off, end-off)
			if !ok {
				break
			}
			return Span{Pos: lit.Pos() + token.Pos(ls), End: lit.Pos() + token.Pos(le), Lit: lit, LitStart: ls, LitEnd: le}, true
		}
		off += len(v)
	}
	return Span{Pos: c.Expr.Pos(), End: c.Expr.End()}, true
}

// litOffsets maps the value byte range [start, end) of a Go string literal
// (quoted source text lit) to source offsets within lit.
func litOffsets(lit string, start, end int) (int, int, bool) {
	if len(lit) < 2 {
		return 0, 0, false
	}
	if lit[0] == '`' {
		// Raw strings hold their value verbatim (carriage returns aside).
		return 1 + start, 1 + end, 1+end <= len(lit)-1
	}
	src := lit[1 : len(lit)-1]
	vOff, sOff := 0, 0
	ss, se := -1, -1
	for {
		if vOff == start && ss < 0 {
			ss = sOff
		}
		if vOff == end {
			se = sOff
			break
		}
		if sOff >= len(src) || vOff > end {
			return 0, 0, false
		}
		r, multibyte, tail, err := strconv.UnquoteChar(src[sOff:], '"')
		if err != nil {
			return 0, 0, false
		}
		n := len(src[sOff:]) - len(tail)
		if multibyte {
			vOff += utf8.RuneLen(r)
		} else {
			vOff++ // ASCII, or a \x / octal escape of one byte
		}
		sOff += n
	}
	if ss < 0 {
		return 0, 0, false
	}
	return 1 + ss, 1 + se, true
}
