package rules

import (
	"bytes"
	"testing"
)

// checkMap: a decoder's offset map has one entry per decoded byte and one
// for the end, never goes back, and stays inside the input.
func checkMap[T int | int32](t *testing.T, what string, data, text []byte, at []T) {
	t.Helper()
	if len(at) != len(text)+1 {
		t.Fatalf("%s: %d offsets for %d bytes", what, len(at), len(text))
	}
	if int(at[len(text)]) != len(data) {
		t.Fatalf("%s: end maps to %d, want %d", what, at[len(text)], len(data))
	}
	for i := range text {
		if at[i] < 0 || int(at[i]) >= len(data) || (i > 0 && at[i] < at[i-1]) {
			t.Fatalf("%s: offset %d maps to %d (input %d bytes)", what, i, at[i], len(data))
		}
	}
}

func identity(n int) []int {
	at := make([]int, n+1)
	for i := range at {
		at[i] = i
	}
	return at
}

// FuzzDecoders: the decoders that scan text a file holds encoded (quoted-
// printable mail, escaped markup, <br> breaks, chat fences) never panic,
// and map every decoded byte back into the input in order.
func FuzzDecoders(f *testing.F) {
	f.Add([]byte("Content-Transfer-Encoding: quoted-printable\n\nkey =3D v=\nalue=\r\n=3"))
	f.Add([]byte("Content-Type: multipart/alternative; boundary=\"b1\"\n\n--b1\nContent-Transfer-Encoding: quoted-printable\n\na=3Db\n--b1--\n"))
	f.Add([]byte("<d>&lt;p&gt;&amp;quot;X-Auth-Key&amp;quot;&lt;br/&gt;&#39;&#x41;&#999;&lt;/p&gt;</d>"))
	f.Add([]byte("```curl -k https://api.cloudflare.com```\n```yaml\nx: 1\n```"))
	f.Add([]byte("a<br>b<BR />c<br"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if text, at, ok := decodeQuotedPrintable(data); ok || text != nil {
			checkMap(t, "quoted-printable", data, text, at)
		}
		if text, at, ok := decodeEscapedMarkup(data); ok {
			checkMap(t, "escaped markup", data, text, at)
		}
		text, at := htmlLineBreaks(data, identity(len(data)))
		checkMap(t, "<br>", data, text, at)
		text, at = inlineFences(data, identity(len(data)))
		checkMap(t, "fences", data, text, at)
	})
}

// TestDecodeQuotedPrintable: only the quoted-printable part is decoded; a
// soft line break joins a value split across lines.
func TestDecodeQuotedPrintable(t *testing.T) {
	data := []byte("Content-Type: multipart/alternative; boundary=\"b1\"\n\n--b1\nContent-Transfer-Encoding: 7bit\n\nplain =3D kept\n--b1\nContent-Transfer-Encoding: quoted-printable\n\nkey =3D ab=\ncd\n--b1--\n")
	text, at, ok := decodeQuotedPrintable(data)
	if !ok {
		t.Fatal("nothing decoded")
	}
	checkMap(t, "quoted-printable", data, text, at)
	if !bytes.Contains(text, []byte("plain =3D kept")) || !bytes.Contains(text, []byte("key = abcd")) {
		t.Fatalf("decoded:\n%s", text)
	}
}
