package main

import (
	"bufio"
	"errors"
	"io"
	"os"
	"os/exec"

	"github.com/cfauthlint/cfauthlint/internal/finding"
)

// vetChildEnv marks the child that runs unitchecker for one vet unit.
const vetChildEnv = "CFAUTHLINT_VET_UNIT"

// runVetUnit runs a vet unit (a *.cfg) in a child process of this binary
// and copies its standard error through finding.RedactText. unitchecker
// prints type errors as the type checker words them, quoting literals and
// identifiers (a token used as a name, a constant cut short), and ends the
// process with os.Exit, so its output can only be redacted from outside.
// It returns the child's exit code.
func runVetUnit(args []string) int {
	exe, err := os.Executable()
	if err != nil {
		return -1 // the caller runs the unit in-process
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), vetChildEnv+"=1")
	cmd.Stdin, cmd.Stdout = os.Stdin, os.Stdout
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return -1
	}
	if err := cmd.Start(); err != nil {
		return -1
	}
	redactLines(os.Stderr, stderr)
	err = cmd.Wait()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee) && ee.ExitCode() >= 0:
		return ee.ExitCode()
	}
	return 1
}

// redactLines copies r to w a line at a time, each through
// finding.RedactText. A line longer than maxVetLine is redacted in pieces
// of that size.
func redactLines(w io.Writer, r io.Reader) {
	const maxVetLine = 1 << 20
	br := bufio.NewReaderSize(r, maxVetLine)
	for {
		line, err := br.ReadSlice('\n')
		if len(line) > 0 {
			io.WriteString(w, finding.RedactText(string(line)))
		}
		if err != nil && err != bufio.ErrBufferFull {
			return
		}
	}
}
