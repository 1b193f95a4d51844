package permissions

import "github.com/cfauthlint/cfauthlint/internal/apiops"

func textCalls(res *Result, path string, data []byte) {
	for _, r := range apiops.TextRequests(data) {
		res.add(path, r.Line, r.Method, r.Segs, r.Via)
	}
}
