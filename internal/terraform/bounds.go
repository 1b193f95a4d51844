package terraform

import (
	"bytes"
	"fmt"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// Bounds on what is handed to the HCL parser. hclsyntax parses by
// recursive descent: every nested bracket, block, template interpolation,
// unary operator and conditional is a level of Go stack, and a stack
// overflow is a fatal error that no recover catches (a 200 KB `x = [[[…]]]`
// ended the whole scan). Its heredoc handling is quadratic in the lines of
// a heredoc. A file past a bound is not parsed (a notice says so); the
// text rules still scan it. Real configurations stay far below: a few
// levels, heredocs of some dozen lines.
const (
	maxNesting      = 256    // open brackets, braces, parentheses (and so blocks, objects, ${ and %{ templates)
	maxUnaryRun     = 256    // consecutive ! or - operators
	maxConditionals = 1024   // ? operators within one bracket level (a ? b : c ? d : …)
	maxHeredocLines = 10_000 // lines in all the heredocs of a file
)

// checkBounds says why the HCL parser must not get data ("" when it may),
// with the 1-based line where a bound was passed. A byte scan at memory
// speed that over-counts (brackets and operators in strings and comments
// count too) clears every real file; only a file it flags is lexed with
// hclsyntax's scanner, which is linear and not recursive, and judged by
// its tokens.
func checkBounds(data []byte) (line int, why string) {
	if line, n := heredocLines(data); n > maxHeredocLines {
		return line, fmt.Sprintf("heredocs of more than %d lines", maxHeredocLines)
	}
	if !roughlyPast(data) {
		return 0, ""
	}
	return tokenBounds(data)
}

// heredocLines counts the body lines of the heredocs in data ("<<EOT" or
// "<<-EOT" ending a line, up to the line holding only the marker, or the
// end), and the line where the count passed maxHeredocLines. A "<<" inside
// a body found is not another heredoc, so each byte is looked at once or
// twice. It may over-count (a "<<EOT" in a comment), never under-count.
func heredocLines(data []byte) (passedAt, lines int) {
	line := 1
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '\n':
			line++
		case '<':
			body, end, ok := heredocAt(data, i)
			if !ok {
				continue
			}
			if lines += body; lines > maxHeredocLines {
				return line, lines // the line of the heredoc that passed the bound
			}
			line += bytes.Count(data[i:end], []byte{'\n'})
			i = end - 1
		}
	}
	return 0, lines
}

// heredocAt reports, for a heredoc opener at data[i:], its body's line count
// and the offset where the body (with its closing marker line) ends.
func heredocAt(data []byte, i int) (lines, end int, ok bool) {
	j := i + 2
	if j > len(data) || data[i+1] != '<' {
		return 0, 0, false
	}
	if j < len(data) && data[j] == '-' {
		j++
	}
	k := j
	for k < len(data) && (data[k] == '_' || 'a' <= data[k]|0x20 && data[k]|0x20 <= 'z' || k > j && '0' <= data[k] && data[k] <= '9') {
		k++
	}
	if k == j || k >= len(data) || (data[k] != '\n' && data[k] != '\r') {
		return 0, 0, false
	}
	marker := data[j:k]
	p := k
	for p < len(data) {
		if data[p] == '\r' {
			p++
		}
		p++ // the newline
		e := lineEnd(data, p)
		if bytes.Equal(bytes.TrimSpace(data[p:e]), marker) {
			return lines, e, true
		}
		if e < len(data) || p < e {
			lines++
		}
		p = e
	}
	return lines, len(data), true
}

func lineEnd(data []byte, i int) int {
	if i >= len(data) {
		return len(data)
	}
	if j := bytes.IndexByte(data[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(data)
}

// roughlyPast reports whether data may pass a nesting, unary or
// conditional bound, counting every bracket, ! and - and ? byte.
func roughlyPast(data []byte) bool {
	depth, maxDepth, run, maxRun, questions := 0, 0, 0, 0, 0
	for _, c := range data {
		switch c {
		case '(', '[', '{':
			depth++
			maxDepth = max(maxDepth, depth)
		case ')', ']', '}':
			depth = max(0, depth-1)
		case '?':
			questions++
		}
		if c == '!' || c == '-' {
			run++
			maxRun = max(maxRun, run)
		} else if c != ' ' && c != '\t' {
			run = 0
		}
	}
	return maxDepth > maxNesting || maxRun > maxUnaryRun || questions > maxConditionals
}

// tokenBounds judges data by its HCL tokens.
func tokenBounds(data []byte) (int, string) {
	toks, _ := hclsyntax.LexConfig(data, "", hcl.InitialPos)
	depth, run := 0, 0
	// Conditionals per open level; a newline ends an expression in a block
	// body or object (a level opened by '{', or the top), not inside ( or [.
	questions := []int{0}
	braces := []bool{true}
	for _, t := range toks {
		line := t.Range.Start.Line
		if t.Type != hclsyntax.TokenBang && t.Type != hclsyntax.TokenMinus {
			run = 0
		}
		switch t.Type {
		case hclsyntax.TokenOBrace, hclsyntax.TokenOBrack, hclsyntax.TokenOParen,
			hclsyntax.TokenTemplateInterp, hclsyntax.TokenTemplateControl:
			if depth++; depth > maxNesting {
				return line, fmt.Sprintf("nested deeper than %d levels", maxNesting)
			}
			questions = append(questions, 0)
			braces = append(braces, t.Type == hclsyntax.TokenOBrace)
		case hclsyntax.TokenCBrace, hclsyntax.TokenCBrack, hclsyntax.TokenCParen, hclsyntax.TokenTemplateSeqEnd:
			if depth > 0 {
				depth--
				questions, braces = questions[:len(questions)-1], braces[:len(braces)-1]
			}
		case hclsyntax.TokenNewline:
			if braces[len(braces)-1] {
				questions[len(questions)-1] = 0
			}
		case hclsyntax.TokenBang, hclsyntax.TokenMinus:
			if run++; run > maxUnaryRun {
				return line, fmt.Sprintf("more than %d unary operators in a row", maxUnaryRun)
			}
		case hclsyntax.TokenQuestion:
			if questions[len(questions)-1]++; questions[len(questions)-1] > maxConditionals {
				return line, fmt.Sprintf("more than %d conditionals in one expression", maxConditionals)
			}
		}
	}
	return 0, ""
}
