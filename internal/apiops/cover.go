package apiops

import (
	"sort"
	"strings"
)

// Cover returns the smallest set of permission groups such that every
// operation in ops has one of its groups in the set, sorted. Among sets of
// that size it takes the one with the fewest groups that are not Read
// groups (least privilege), then the one whose groups are named after the
// resources the operations touch (`Zone Read` for GET /zones/{zone_id}, not
// `Analytics Read`). Operations without token groups are left out (the
// caller lists them); the search is exact, over the few groups the calls
// name.
func Cover(ops []*Operation) []string {
	var sets [][]string
	seen := map[string]bool{}
	for _, op := range ops {
		if len(op.TokenGroups) == 0 || !op.AcceptsToken() {
			continue
		}
		key := strings.Join(op.TokenGroups, ";")
		if seen[key] {
			continue
		}
		seen[key] = true
		gs := append([]string(nil), op.TokenGroups...)
		hint := resourceWord(op.Path)
		sort.SliceStable(gs, func(i, j int) bool { return groupRank(gs[i], hint) < groupRank(gs[j], hint) })
		sets = append(sets, gs)
	}
	// Fewest choices first: those branch least and decide most.
	sort.SliceStable(sets, func(i, j int) bool { return len(sets[i]) < len(sets[j]) })
	var best []string
	bestCost := [3]int{1 << 30}
	var chosen []string
	var search func()
	search = func() {
		c := coverCost(chosen, sets)
		if c[0] > bestCost[0] {
			return
		}
		for _, s := range sets {
			if hasAny(chosen, s) {
				continue
			}
			if c[0]+1 > bestCost[0] {
				return
			}
			for _, g := range s {
				chosen = append(chosen, g)
				search()
				chosen = chosen[:len(chosen)-1]
			}
			return
		}
		if less(c, bestCost) {
			bestCost = c
			best = append([]string(nil), chosen...)
		}
	}
	search()
	sort.Strings(best)
	return best
}

// coverCost orders covers: size, then groups that are not Read groups,
// then groups not named after a resource of an operation they cover.
func coverCost(chosen []string, sets [][]string) [3]int {
	c := [3]int{len(chosen), 0, 0}
	for _, g := range chosen {
		if !IsReadGroup(g) {
			c[1]++
		}
	}
	for _, s := range sets {
		// Each set is sorted by rank: the position of the first chosen
		// group says how far from the best fit it is.
		for i, g := range s {
			if contains(chosen, g) {
				c[2] += i
				break
			}
		}
	}
	return c
}

func less(a, b [3]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// IsReadGroup reports whether a permission group only reads.
func IsReadGroup(g string) bool { return strings.HasSuffix(g, " Read") }

// groupRank orders one operation's groups: Read groups first, groups
// named after the operation's resource first, then by name.
func groupRank(g, hint string) string {
	r := "1"
	if IsReadGroup(g) {
		r = "0"
	}
	h := "1"
	if first, _, _ := strings.Cut(strings.ToLower(g), " "); hint != "" && strings.HasPrefix(hint, first) {
		h = "0"
	}
	return h + r + g
}

// resourceWord is the last literal segment of a template, lowercased
// ("zones" for /zones/{zone_id}).
func resourceWord(path string) string {
	segs := splitPath(path)
	for i := len(segs) - 1; i >= 0; i-- {
		if !strings.HasPrefix(segs[i], "{") {
			return strings.ToLower(segs[i])
		}
	}
	return ""
}

func hasAny(chosen, set []string) bool {
	for _, g := range set {
		if contains(chosen, g) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Covering returns the groups of cover that op accepts.
func Covering(op *Operation, cover []string) []string {
	var out []string
	for _, g := range op.TokenGroups {
		if contains(cover, g) {
			out = append(out, g)
		}
	}
	return out
}

// SDKVerbs map the generated SDKs' method names (Go spelling) to the
// schema's x-fern-sdk-method-name; the AutoPaging forms page through a list.
var SDKVerbs = map[string]string{
	"New": "create", "Edit": "edit", "Update": "update", "List": "list",
	"ListAutoPaging": "list", "Get": "get", "Delete": "delete",
}

// normGroup compares SDK group names as the Go SDK spells them: the
// service fields joined by dots, without case, `-` or `_`
// (client.CustomHostnames ~ custom-hostnames).
func normGroup(g string) string {
	return strings.NewReplacer("-", "", "_", "").Replace(strings.ToLower(g))
}

var bySDK = func() map[string][]*Operation {
	m := map[string][]*Operation{}
	for i := range operations {
		op := &operations[i]
		if op.SDKGroup == "" || op.SDKMethod == "" {
			continue
		}
		k := normGroup(op.SDKGroup) + " " + normGroup(op.SDKMethod)
		m[k] = append(m[k], op)
	}
	return m
}()

// BySDK returns the operations of the generated SDK's service path (the
// fields from the client, "DNS.Records") and method ("New", "Batch"):
// usually one, more where the schema gives two paths one name.
func BySDK(services, method string) []*Operation {
	verb, ok := SDKVerbs[method]
	if !ok {
		verb = method
	}
	return bySDK[normGroup(services)+" "+normGroup(verb)]
}

var sdkServices = func() map[string]bool {
	m := map[string]bool{}
	for _, op := range operations {
		if first, _, _ := strings.Cut(op.SDKGroup, "."); first != "" {
			m[normGroup(first)] = true
		}
	}
	return m
}()

// IsSDKService reports whether name is a top-level service of the
// generated SDK (a client field: DNS, Zones, Addressing, …).
func IsSDKService(name string) bool { return sdkServices[normGroup(name)] }
