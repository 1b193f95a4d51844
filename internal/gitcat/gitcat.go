// Package gitcat streams objects out of one `git cat-file` process, for the
// sources that scan git objects rather than files (--staged, --history).
package gitcat

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/cfauthlint/cfauthlint/internal/proc"
	"io"
	"strconv"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/scanner"
)

// Run starts `git cat-file <mode>` in dir, writes ids to it one per line,
// and calls read(i, r) for each id in order, with r positioned at its answer.
// The first error stops the process; it is returned with git's own message
// when git printed one.
func Run(ctx context.Context, dir, mode string, ids []string, read func(i int, r *bufio.Reader) error) error {
	if len(ids) == 0 {
		return nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	cmd := proc.Command(ctx, "git", "cat-file", mode)
	defer proc.Done(cmd)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("cannot run git cat-file: %w", err)
	}
	go func() {
		w := bufio.NewWriter(stdin)
		for _, id := range ids {
			w.WriteString(id + "\n")
		}
		w.Flush()
		stdin.Close()
	}()
	br := bufio.NewReaderSize(stdout, 256<<10)
	var rerr error
	for i := range ids {
		if rerr = ctx.Err(); rerr != nil {
			break
		}
		if rerr = read(i, br); rerr != nil {
			break
		}
	}
	if rerr != nil {
		cancel()
	}
	werr := cmd.Wait()
	switch {
	case rerr != nil && stderr.Len() > 0:
		return fmt.Errorf("%v (git cat-file: %s)", rerr, FirstLine(strings.TrimSpace(stderr.String())))
	case rerr != nil:
		return rerr
	case werr != nil:
		return fmt.Errorf("git cat-file: %v", werr)
	}
	return nil
}

// AnswerError is the error for an unexpected `git cat-file` answer about
// object id ("<oid> missing", a wrong type). Object ids are written bare,
// never quoted: a quoted run of 40 hex digits reads as a secret to
// message redaction (finding.RedactText), which would hide the one thing
// the message is about.
func AnswerError(id, answer string) error {
	f := strings.Fields(answer)
	if len(f) > 0 && f[0] == id {
		f = f[1:]
	}
	if len(f) == 0 {
		return fmt.Errorf("git cat-file gave no answer for object %s", id)
	}
	return fmt.Errorf("git cat-file answered %s for object %s", strings.Join(f, " "), id)
}

// ScanBlob reads the `--batch` answer for blob id from r and scans it with
// sc under the display path. It returns the scan result and the scanner's
// error (scanner.ErrBinary for a binary blob), or err when the stream
// itself is broken and no further object can be read.
func ScanBlob(sc *scanner.Scanner, r *bufio.Reader, id, path string, buf []byte) (res scanner.FileResult, nbuf []byte, scanErr, err error) {
	header, err := r.ReadString('\n')
	if err != nil {
		return res, buf, nil, err
	}
	// "<oid> blob <size>\n", or "<oid> missing\n".
	parts := strings.Fields(header)
	if len(parts) != 3 || parts[0] != id || parts[1] != "blob" {
		return res, buf, nil, AnswerError(id, header)
	}
	size, err := strconv.ParseInt(parts[2], 10, 64)
	if err != nil {
		return res, buf, nil, AnswerError(id, header)
	}
	body := io.LimitReader(r, size)
	res, buf, scanErr = sc.ScanReader(path, body, buf)
	if scanErr != nil && !errors.Is(scanErr, scanner.ErrBinary) && !errors.Is(scanErr, scanner.ErrReport) {
		return res, buf, nil, scanErr
	}
	// The rest of a binary blob, and the newline after every object.
	if _, err := io.Copy(io.Discard, body); err != nil {
		return res, buf, nil, err
	}
	if c, err := r.ReadByte(); err != nil || c != '\n' {
		return res, buf, nil, errors.New("truncated object")
	}
	return res, buf, scanErr, nil
}

// Output runs git in dir and returns its standard output. A failure is
// reported with the subcommand and the first line git printed.
func Output(dir string, args ...string) (string, error) {
	cmd := proc.Command(context.Background(), "git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := proc.Output(cmd)
	if err != nil {
		sub := "command"
		for _, a := range args {
			if !strings.HasPrefix(a, "-") {
				sub = a
				break
			}
		}
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return "", fmt.Errorf("git %s: %s", sub, FirstLine(msg))
		}
		return "", fmt.Errorf("git %s: %w", sub, err)
	}
	return string(out), nil
}

// FirstLine returns the first line of s.
func FirstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
