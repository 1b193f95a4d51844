package gitcat

import (
	"strings"
	"testing"

	"github.com/cfauthlint/cfauthlint/internal/finding"
)

// TestAnswerErrorKeepsObjectIDs: an error about a git object names it in
// full through message redaction (a quoted id read as a secret).
func TestAnswerErrorKeepsObjectIDs(t *testing.T) {
	for _, id := range []string{"8d3e9a1c4f27b6e05d9c8a7f3b2e1d0c9a8b7f6e", "3f0c9a8b7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b"} {
		for _, answer := range []string{id + " missing\n", id + " tree 12\n", "", id + " blob x\n"} {
			msg := finding.RedactText("reading history: a.env (" + id + "): " + AnswerError(id, answer).Error())
			if strings.Count(msg, id) != 2 {
				t.Errorf("the object id was hidden: %s", msg)
			}
		}
	}
}
