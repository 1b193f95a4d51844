package rules

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestRunsMatchesReference: runs, which skips ahead, reports what a plain
// walk over every run reports, for regions that cut runs and for the run
// classes the detectors use.
func TestRunsMatchesReference(t *testing.T) {
	reference := func(s *scanState, r region, class, before, after *charClass, minLen, maxLen int) (out [][2]int) {
		d := s.data
		for i := r.start; i < r.end; {
			if !class[d[i]] {
				i++
				continue
			}
			j := i
			for j < r.end && class[d[j]] {
				j++
			}
			if n := j - i; n >= minLen && n <= maxLen && (i == 0 || !before[d[i-1]]) && (j == len(d) || !after[d[j]]) {
				out = append(out, [2]int{i, j})
			}
			i = j
		}
		return out
	}
	const alphabet = "aZ09f_-+/= .\n\""
	for seed := range uint64(400) {
		rng := rand.New(rand.NewPCG(seed, 13))
		data := make([]byte, rng.IntN(3000))
		// Runs of mixed length: mostly class bytes with rarer breaks.
		breakEvery := 2 + rng.IntN(60)
		for i := range data {
			if rng.IntN(breakEvery) == 0 {
				data[i] = alphabet[10+rng.IntN(4)]
			} else {
				data[i] = alphabet[rng.IntN(10)]
			}
		}
		lo := rng.IntN(len(data)/3 + 1)
		hi := max(lo, len(data)-rng.IntN(len(data)/3+1))
		s := &scanState{data: data}
		for _, c := range []struct {
			class, before, after *charClass
			minLen, maxLen       int
		}{
			{b64Std, b64Std, b64Std, 28, 512},
			{tokenChars, b64NoPad, b64Run, 40, 40},
			{lowerHex, hexBoundary, hexBoundary, 37, 64},
			{alnum, alnum, alnum, 1, 5},
		} {
			var got [][2]int
			s.runs(region{lo, hi}, c.class, c.before, c.after, c.minLen, c.maxLen, func(i, j int) { got = append(got, [2]int{i, j}) })
			if want := reference(s, region{lo, hi}, c.class, c.before, c.after, c.minLen, c.maxLen); !slices.Equal(got, want) {
				t.Fatalf("seed %d, minLen %d, region [%d,%d): got %v, want %v", seed, c.minLen, lo, hi, got, want)
			}
		}
	}
}

// TestB64RunsPadding: `=` pads only the end of a base64 run, so the value
// of an assignment is a run of its own and a run never starts with `=`.
func TestB64RunsPadding(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"KEY=QUJDREVGR0g=", []string{"QUJDREVGR0g="}},
		{"--token=QUJDREVGR0hJSg==", []string{"QUJDREVGR0hJSg=="}},
		{"a: QUJDREVGR0hJSg== rest", []string{"QUJDREVGR0hJSg=="}},
		{"QUJDREVGR0hJSg===", nil}, // three `=` pad nothing
		{"QUJDREVGR0g=QUJD", nil},  // `=` inside a run
		{"==QUJDREVGR0hJSg", []string{"QUJDREVGR0hJSg"}},
	} {
		s := scanState{data: []byte(tc.text)}
		var got []string
		s.b64Runs(region{0, len(tc.text)}, 8, 64, func(start, end int) { got = append(got, tc.text[start:end]) })
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
