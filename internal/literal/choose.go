package literal

import "math"

// A Choice is where a literal is looked up: the vector search looks for the
// pair at offset Vector (and the byte after it), the scalar search for the
// pairs at Vector and at Other, which lies at the other parity.
type Choice struct {
	Lit           string
	Vector, Other int
}

// vectorBuckets is how many buckets the vector search has (vectorMasks).
const vectorBuckets = 8

// choosePasses is how often Choose picks every literal's vector pair
// with the others' fixed: the first pass places each literal, the second
// settled every set tried.
const choosePasses = 2

// Choose picks the pairs each literal is looked up by, from how often byte
// pairs occur in source text (rarity_table.go): the vector pairs that make
// the vector search stop least often, given that pairs with the same first
// byte share a bucket (so literals that share a rare pair, such as the "cf"
// of "cfut_" and "cf_", cost one stop) and that there are eight buckets;
// then, for each literal, its rarest pair at the other parity. Literals of
// fewer than three bytes are looked up by their first byte.
func Choose(lits []string) []Choice {
	out := make([]Choice, len(lits))
	var bs buckets
	for i, lit := range lits {
		out[i] = Choice{Lit: lit, Vector: 0, Other: 1}
		if len(lit) < 3 {
			out[i].Other = 0
			continue
		}
		out[i].Vector = -1
	}
	for range choosePasses {
		for i, lit := range lits {
			if len(lit) < 3 {
				continue
			}
			if out[i].Vector >= 0 {
				bs.remove(lit, out[i].Vector)
			}
			best, bestCost := 0, math.Inf(1)
			for k := 0; k+1 < len(lit) && k <= MaxPairOffset; k++ {
				if c := bs.marginal(lit, k); c < bestCost {
					best, bestCost = k, c
				}
			}
			out[i].Vector = best
			bs.add(lit, best)
		}
	}
	marked := map[[2]byte]bool{}
	for _, c := range out {
		if len(c.Lit) >= 3 {
			marked[[2]byte{c.Lit[c.Vector], c.Lit[c.Vector+1]}] = true
		}
	}
	for i, c := range out {
		if len(c.Lit) < 3 {
			continue
		}
		out[i].Other = otherPair(c.Lit, c.Vector, marked)
		marked[[2]byte{c.Lit[out[i].Other], c.Lit[out[i].Other+1]}] = true
	}
	return out
}

// otherPair picks the pair of lit at the other parity than k (within
// MaxPairOffset) that adds the fewest scalar stops: one already looked up
// adds none.
func otherPair(lit string, k int, marked map[[2]byte]bool) int {
	other, cost := -1, math.Inf(1)
	for j := 1 - k%2; j+1 < len(lit) && j <= MaxPairOffset; j += 2 {
		c := pairFreq(lit[j], lit[j+1])
		if marked[[2]byte{lit[j], lit[j+1]}] {
			c = 0
		}
		if c < cost {
			other, cost = j, c
		}
	}
	return other
}

// anyByte stands for "any third byte" in a bucket: the pair ends a literal.
const anyByte = -1

// buckets model the vector search's buckets: per first byte, how many
// chosen pairs have each second byte and each third byte.
type buckets struct {
	by map[byte]*bucket
}

type bucket struct {
	second map[byte]int
	third  map[int]int
}

func third(lit string, k int) int {
	if k+2 < len(lit) {
		return int(lit[k+2])
	}
	return anyByte
}

func (bs *buckets) add(lit string, k int) {
	if bs.by == nil {
		bs.by = map[byte]*bucket{}
	}
	b := bs.by[lit[k]]
	if b == nil {
		b = &bucket{second: map[byte]int{}, third: map[int]int{}}
		bs.by[lit[k]] = b
	}
	b.second[lit[k+1]]++
	b.third[third(lit, k)]++
}

func (bs *buckets) remove(lit string, k int) {
	b := bs.by[lit[k]]
	if b.second[lit[k+1]]--; b.second[lit[k+1]] == 0 {
		delete(b.second, lit[k+1])
	}
	if b.third[third(lit, k)]--; b.third[third(lit, k)] == 0 {
		delete(b.third, third(lit, k))
	}
	if len(b.second) == 0 {
		delete(bs.by, lit[k])
	}
}

// cost estimates how often the vector search stops for the bucket of first
// byte x with second and third bytes y and z: every triple of the cross
// product is a candidate.
func cost(x byte, second map[byte]int, third map[int]int) float64 {
	var n float64
	for y := range second {
		if _, any := third[anyByte]; any {
			n += pairFreq(x, y)
			continue
		}
		for z := range third {
			n += tripleFreq(x, y, byte(z))
		}
	}
	return n
}

// marginal is how many stops choosing lit's pair at k adds, merging a new
// bucket into the cheapest other when the eight are taken.
func (bs *buckets) marginal(lit string, k int) float64 {
	x, y, z := lit[k], lit[k+1], third(lit, k)
	with := func(second map[byte]int, third map[int]int) (map[byte]int, map[int]int) {
		s, t := map[byte]int{y: 1}, map[int]int{z: 1}
		for c := range second {
			s[c]++
		}
		for c := range third {
			t[c]++
		}
		return s, t
	}
	if b := bs.by[x]; b != nil {
		s, t := with(b.second, b.third)
		return cost(x, s, t) - cost(x, b.second, b.third)
	}
	own := cost(x, map[byte]int{y: 1}, map[int]int{z: 1})
	if len(bs.by) < vectorBuckets {
		return own
	}
	// A merged bucket holds both first bytes: its candidates are both first
	// bytes' cross products with the union of second and third bytes.
	best := math.Inf(1)
	for w, b := range bs.by {
		s, t := with(b.second, b.third)
		if c := cost(x, s, t) + cost(w, s, t) - cost(w, b.second, b.third); c < best {
			best = c
		}
	}
	return best
}

// pairFreq estimates how often the pair x, y (lowercase) occurs.
func pairFreq(x, y byte) float64 { return countOf[PairLog(x, y)] }

// countOf is the count a quantized logarithm of rarity_table.go stands for.
var countOf = func() (t [64]float64) {
	for l := range t {
		t[l] = math.Exp2(float64(l) / 2)
	}
	return t
}()

// tripleFreq estimates how often x, y, z (lowercase) occur in a row: the
// count of a common triple, else a chain of pairs, f(xy)·f(yz)/f(y), no
// higher than the rarest common triple.
func tripleFreq(x, y, z byte) float64 {
	if l, ok := tripleLogOf(x, y, z); ok {
		return countOf[l]
	}
	chain := pairFreq(x, y) * pairFreq(y, z) / countOf[byteLogOf(y)]
	return min(chain, countOf[tripleFloorLog])
}

// tripleLogOf looks x, y, z up in the common triples (sorted, four bytes an
// entry).
func tripleLogOf(x, y, z byte) (int, bool) {
	x, y, z = fold(x), fold(y), fold(z)
	key := string([]byte{x, y, z})
	i, j := 0, commonTriples
	for i < j {
		h := int(uint(i+j) >> 1)
		if tripleLog[4*h:4*h+3] < key {
			i = h + 1
		} else {
			j = h
		}
	}
	if i < commonTriples && tripleLog[4*i:4*i+3] == key {
		return digitValue(tripleLog[4*i+3]), true
	}
	return 0, false
}

// PairLog is 2·log2(n+1) for the count n of the pair x, y in the source text
// rarity_table.go was made from, ASCII case folded (0 for a pair with a
// byte past ASCII): lower is rarer.
func PairLog(x, y byte) int {
	x, y = fold(x), fold(y)
	if x >= 128 || y >= 128 {
		return 0
	}
	return digitValue(pairLog[int(x)<<7|int(y)])
}

func byteLogOf(x byte) int {
	if x = fold(x); x >= 128 {
		return 0
	}
	return digitValue(byteLog[x])
}

func fold(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// digits are the quantized values 0..63 of rarity_table.go, one character each.
const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/"

func digitValue(c byte) int {
	switch {
	case c == '+':
		return 62
	case c == '/':
		return 63
	case c <= '9':
		return int(c - '0')
	case c <= 'Z':
		return int(c-'A') + 10
	case c <= 'z':
	}
	return int(c-'a') + 36
}
