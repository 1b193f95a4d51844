package rules

import (
	"bytes"
	"encoding/binary"

	"github.com/cfauthlint/cfauthlint/internal/literal"
)

// rarestPair returns the offset of lit's rarest pair (len(lit) >= 2) for a
// search over regions: not a pair of an anchor (regions are made of
// anchors' surroundings: "cloudflare" is in every Cloudflare client line),
// where lit has another, else the rarest in source text.
func rarestPair(lit string) int {
	score := func(k int) int {
		if anchorPairs[[2]byte{lit[k], lit[k+1]}] {
			return 1 << 10
		}
		return literal.PairLog(lit[k], lit[k+1])
	}
	best := 0
	for k := 1; k+1 < len(lit); k++ {
		if score(k) < score(best) {
			best = k
		}
	}
	return best
}

// anchorPairs are the byte pairs of the default anchors.
var anchorPairs = func() map[[2]byte]bool {
	m := map[[2]byte]bool{}
	for _, a := range defaultAnchors.Literals() {
		for k := 0; k+1 < len(a); k++ {
			m[[2]byte{a[k], a[k+1]}] = true
		}
	}
	return m
}()

// lowerNeedles are the lowercase literals the auth and transport detectors
// look for. Scanning a region once for all of them costs one pass instead of
// one bytes.Index pass per literal. The pass looks up each needle by its
// rarest-looking pair, not its first: first pairs such as "re", "se", "in",
// "st" and "ve" are in most lines of code, and made indexNeedles compare
// needles every few bytes (bench/NOTES.md).
var lowerNeedles = struct {
	ids   map[string]int
	list  []string
	pairs [1 << 16]uint8      // 1: some needle's looked-up pair (cache-friendly reject)
	by    [1 << 16][]needleAt // the needles looked up by a pair
}{ids: map[string]int{}}

// needleAt is a needle whose looked-up pair is at offset at within it.
type needleAt struct{ id, at int }

func registerLowerNeedle(n string) {
	if _, ok := lowerNeedles.ids[n]; ok || len(n) < 2 {
		return
	}
	id := len(lowerNeedles.list)
	lowerNeedles.ids[n] = id
	lowerNeedles.list = append(lowerNeedles.list, n)
	k := rarestPair(n)
	p := uint16(n[k]) | uint16(n[k+1])<<8
	lowerNeedles.pairs[p] = 1
	lowerNeedles.by[p] = append(lowerNeedles.by[p], needleAt{id, k})
}

// The needle ids of the detectors' literals, in their tables' order, so
// that a region's lookups cost no map access per literal (a JSON export
// holds one small embedded scan per message).
var (
	authHeaderIDs, authSettingIDs, textSDKIDs, sdkKeyArgIDs []int
	tlsCommandIDs, tlsMarkerIDs, schemeIDs, schemePartIDs   []int
	tlsSettingIDs                                           [][]int
)

func init() {
	reg := func(n string) int {
		registerLowerNeedle(n)
		return lowerNeedles.ids[n]
	}
	for _, n := range authHeaderNeedles {
		authHeaderIDs = append(authHeaderIDs, reg(n))
	}
	for _, a := range AuthSettings {
		authSettingIDs = append(authSettingIDs, reg(a.Name))
	}
	for _, f := range textSDKFuncs {
		textSDKIDs = append(textSDKIDs, reg(f.spelling))
	}
	for _, a := range SDKKeyArgs {
		sdkKeyArgIDs = append(sdkKeyArgIDs, reg(a.Key))
	}
	for _, t := range tlsCommands {
		tlsCommandIDs = append(tlsCommandIDs, reg(t.name))
	}
	for _, t := range tlsMarkers {
		tlsMarkerIDs = append(tlsMarkerIDs, reg(t.name))
	}
	for _, set := range tlsSettings {
		var ids []int
		for _, n := range set.names {
			ids = append(ids, reg(n))
		}
		tlsSettingIDs = append(tlsSettingIDs, ids)
	}
	for _, sc := range plainHTTPSchemes {
		schemeIDs = append(schemeIDs, reg(sc))
	}
	for _, sc := range plainSchemeLits {
		schemePartIDs = append(schemePartIDs, reg(sc))
	}
}

// lowerHits are the offsets (relative to a region's start) of every
// registered needle in the region, by needle id.
type lowerHits [][]int

// eachID calls fn with the offset of every occurrence of the registered
// lowercase needle whose id is id (needles.go's tables), in order.
func (h lowerHits) eachID(id int, fn func(i int)) {
	for _, i := range h[id] {
		fn(i)
	}
}

// indexNeedles finds every registered needle in region r in one pass. A
// needle's occurrences come in order: each is found at its own pair offset.
func (s *scanState) indexNeedles(r region) lowerHits {
	hits := make(lowerHits, len(lowerNeedles.list))
	b := s.lower[r.start:r.end]
	pairs := &lowerNeedles.pairs
	i := 0
	// The pairs at eight offsets per step; the common step has no hit.
	for ; i+9 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		v := w>>8 | uint64(b[i+8])<<56 // the pairs at odd offsets
		if pairs[uint16(w)]|pairs[uint16(v)]|pairs[uint16(w>>16)]|pairs[uint16(v>>16)]|
			pairs[uint16(w>>32)]|pairs[uint16(v>>32)]|pairs[uint16(w>>48)]|pairs[uint16(v>>48)] == 0 {
			continue
		}
		for k := i; k < i+8; k++ {
			needlesAt(b, k, hits)
		}
	}
	for ; i+1 < len(b); i++ {
		needlesAt(b, i, hits)
	}
	return hits
}

// needlesAt records the needles whose looked-up pair is at b[i:i+2].
func needlesAt(b []byte, i int, hits lowerHits) {
	p := uint16(b[i]) | uint16(b[i+1])<<8
	if lowerNeedles.pairs[p] == 0 {
		return
	}
	for _, n := range lowerNeedles.by[p] {
		if at := i - n.at; at >= 0 && bytes.HasPrefix(b[at:], []byte(lowerNeedles.list[n.id])) {
			hits[n.id] = append(hits[n.id], at)
		}
	}
}
