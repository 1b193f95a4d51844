// Package suggest finds the word a user probably meant: the closest rule
// name to a typo, the closest flag to an unknown one.
package suggest

import "strings"

// Closest returns the candidate nearest to word by edit distance
// (case-insensitive; a candidate that word is a prefix of, of at least 3
// letters, counts as 1 edit), or "" when none is within a third of the
// candidate's length (at least 2 edits). The first of equally near ones wins.
func Closest(word string, candidates []string) string {
	word = strings.ToLower(word)
	best, bestD := "", 0
	for _, c := range candidates {
		lc := strings.ToLower(c)
		d := distance(word, lc)
		if len(word) >= 3 && strings.HasPrefix(lc, word) {
			d = min(d, 1)
		}
		if best == "" || d < bestD {
			best, bestD = c, d
		}
	}
	if best == "" || bestD > max(2, len(best)/3) {
		return ""
	}
	return best
}

// distance is the Levenshtein distance between a and b, in bytes.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
