package literal

// pairSet is the byte pairs (x, y) with x in first and y in second, when
// followed by a byte in third.
type pairSet struct{ first, second, third []byte }

// vectorMasks builds the nibble tables of the vector search (Teddy, as in
// Hyperscan and ripgrep): eight buckets; a byte pair is a candidate when, for
// some bucket, the low and high nibbles of its first byte, of its second byte
// and of the byte after it are all in the bucket's tables. The third byte
// matters: a pair such as turnstile's "rn" is in every "return"
// (bench/NOTES.md); "rns" is rare. Pairs
// with the same first bytes share a bucket; past eight, the two buckets whose
// merge adds the fewest triples to the cross product merge (more candidates,
// never a missed one). Candidates are confirmed with the starts table.
func vectorMasks(pairs []pairSet) *[6][32]byte {
	type bucket struct{ first, second, third [256]bool }
	var buckets []*bucket
	count := func(set *[256]bool) (n int) {
		for _, in := range set {
			if in {
				n++
			}
		}
		return n
	}
	for _, ps := range pairs {
		var b bucket
		for _, x := range ps.first {
			b.first[x] = true
		}
		for _, y := range ps.second {
			b.second[y] = true
		}
		for _, z := range ps.third {
			b.third[z] = true
		}
		merged := false
		for _, o := range buckets {
			if o.first == b.first {
				for y, in := range b.second {
					o.second[y] = o.second[y] || in
				}
				for z, in := range b.third {
					o.third[z] = o.third[z] || in
				}
				merged = true
				break
			}
		}
		if !merged {
			buckets = append(buckets, &b)
		}
	}
	for len(buckets) > 8 {
		bi, bj, best := 0, 1, -1
		for i := range buckets {
			for j := i + 1; j < len(buckets); j++ {
				var u bucket
				for c := range 256 {
					u.first[c] = buckets[i].first[c] || buckets[j].first[c]
					u.second[c] = buckets[i].second[c] || buckets[j].second[c]
					u.third[c] = buckets[i].third[c] || buckets[j].third[c]
				}
				triples := func(b *bucket) int { return count(&b.first) * count(&b.second) * count(&b.third) }
				added := triples(&u) - triples(buckets[i]) - triples(buckets[j])
				if best < 0 || added < best {
					bi, bj, best = i, j, added
				}
			}
		}
		for c := range 256 {
			buckets[bi].first[c] = buckets[bi].first[c] || buckets[bj].first[c]
			buckets[bi].second[c] = buckets[bi].second[c] || buckets[bj].second[c]
			buckets[bi].third[c] = buckets[bi].third[c] || buckets[bj].third[c]
		}
		buckets = append(buckets[:bj], buckets[bj+1:]...)
	}
	var m [6][32]byte // low and high nibbles of the first byte, then of the second, then of the third; both 16-byte lanes alike
	for i, b := range buckets {
		bit := byte(1) << i
		for c := range 256 {
			if b.first[c] {
				m[0][c&15], m[0][16+c&15] = m[0][c&15]|bit, m[0][16+c&15]|bit
				m[1][c>>4], m[1][16+c>>4] = m[1][c>>4]|bit, m[1][16+c>>4]|bit
			}
			if b.second[c] {
				m[2][c&15], m[2][16+c&15] = m[2][c&15]|bit, m[2][16+c&15]|bit
				m[3][c>>4], m[3][16+c>>4] = m[3][c>>4]|bit, m[3][16+c>>4]|bit
			}
			if b.third[c] {
				m[4][c&15], m[4][16+c&15] = m[4][c&15]|bit, m[4][16+c&15]|bit
				m[5][c>>4], m[5][16+c>>4] = m[5][c>>4]|bit, m[5][16+c>>4]|bit
			}
		}
	}
	return &m
}
