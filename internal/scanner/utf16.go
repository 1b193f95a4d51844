package scanner

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// errUTF16 is readFirst's word for a first window that starts with a
// UTF-16 byte order mark: the caller scans the file again decoded.
// (Windows tools write UTF-16 .env, .ps1 and .reg files; their NUL bytes
// made them binary, so a token in one was never seen.)
var errUTF16 = errors.New("UTF-16 text")

// utf16BOM reports UTF-16 text: a byte order mark at the start of head,
// and a NUL byte in the sniffed part (which would make it binary; text
// that also reads as UTF-8, as "\xff\xfe" starting invalid UTF-8 may,
// is left as it is), and whether the text is big-endian.
func utf16BOM(head []byte) (ok, bigEndian bool) {
	if !isBinary(head) {
		return false, false
	}
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(head, []byte{0xFF, 0xFE, 0, 0}): // not UTF-32LE
		return true, false
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return true, true
	}
	return false, false
}

// utf16Text returns the UTF-8 text of a UTF-16 stream: head (bytes already
// read from r) and then r, without the byte order mark. Unpaired
// surrogates and an odd last byte become U+FFFD, as invalid UTF-8 counts
// one code point.
func utf16Text(head []byte, r io.Reader, bigEndian bool) io.Reader {
	src := bufio.NewReaderSize(io.MultiReader(bytes.NewReader(append([]byte(nil), head...)), r), 64<<10)
	src.Discard(2) // the BOM
	return &utf16Reader{src: src, big: bigEndian}
}

type utf16Reader struct {
	src  *bufio.Reader
	big  bool
	out  []byte // decoded, not yet returned
	err  error
	high rune // a high surrogate waiting for its pair, or 0
}

func (u *utf16Reader) unit() (rune, bool) {
	var b [2]byte
	n, err := io.ReadFull(u.src, b[:])
	switch {
	case n == 1:
		u.err = io.EOF
		return utf8.RuneError, true
	case err != nil:
		u.err = err
		if err == io.ErrUnexpectedEOF {
			u.err = io.EOF
		}
		return 0, false
	}
	if u.big {
		return rune(b[0])<<8 | rune(b[1]), true
	}
	return rune(b[1])<<8 | rune(b[0]), true
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	for len(u.out) < len(p) && u.err == nil {
		c, ok := u.unit()
		if !ok {
			break
		}
		switch {
		case u.high != 0 && utf16.IsSurrogate(c) && c >= 0xDC00:
			c = utf16.DecodeRune(u.high, c)
			u.high = 0
		case u.high != 0:
			u.out = utf8.AppendRune(u.out, utf8.RuneError)
			u.high = 0
			if c >= 0xD800 && c < 0xDC00 {
				u.high = c
				continue
			}
		case c >= 0xD800 && c < 0xDC00:
			u.high = c
			continue
		case c >= 0xDC00 && c < 0xE000:
			c = utf8.RuneError
		}
		u.out = utf8.AppendRune(u.out, c)
	}
	if u.err != nil && u.high != 0 {
		u.out = utf8.AppendRune(u.out, utf8.RuneError)
		u.high = 0
	}
	n := copy(p, u.out)
	u.out = u.out[n:]
	if n == 0 && u.err != nil {
		return 0, u.err
	}
	return n, nil
}
