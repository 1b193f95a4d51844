package permissions

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/apiops"
)

// Scope is what a permission group's resources are.
type Scope string

// Scopes, as the permission-groups API names them.
const (
	ScopeZone    Scope = "com.cloudflare.api.account.zone"
	ScopeAccount Scope = "com.cloudflare.api.account"
	ScopeUser    Scope = "com.cloudflare.api.user"
)

// scopeOf is the scope of an operation's resources, from its path.
func scopeOf(op *apiops.Operation) Scope {
	switch {
	case op.Path == "/zones", strings.HasPrefix(op.Path, "/zones/"):
		return ScopeZone
	case strings.HasPrefix(op.Path, "/user"), strings.HasPrefix(op.Path, "/memberships"):
		return ScopeUser
	}
	return ScopeAccount
}

// GroupUse is a permission group of the cover and the calls that need it
// (those it alone of the cover serves).
type GroupUse struct {
	Name  string   `json:"name"`
	Scope Scope    `json:"scope"`
	Calls int      `json:"calls"`
	Files []string `json:"files"`
}

// Uses returns each group of the cover with its scope (that of the calls
// it serves, by path: a zone path's group is a zone group), the number of
// calls that need it and their files.
func (r *Result) Uses() []GroupUse {
	var out []GroupUse
	for _, g := range r.Groups {
		u := GroupUse{Name: g, Files: []string{}}
		for _, c := range r.Calls {
			cov := apiops.Covering(c.Op, r.Groups)
			if !contains(cov, g) {
				continue
			}
			if u.Scope == "" {
				u.Scope = scopeOf(c.Op)
			}
			if len(cov) == 1 {
				u.Calls++
				if !contains(u.Files, c.Path) {
					u.Files = append(u.Files, c.Path)
				}
			}
		}
		out = append(out, u)
	}
	return out
}

// untokened are the calls no token can make: the operation accepts only
// the Global API Key, or the schema names no permission group for it.
func (r *Result) untokened() (globalOnly, noGroup []Call) {
	for _, c := range r.Calls {
		switch {
		case !c.Op.AcceptsToken():
			globalOnly = append(globalOnly, c)
		case len(c.Op.TokenGroups) == 0:
			noGroup = append(noGroup, c)
		}
	}
	return globalOnly, noGroup
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Text writes the report for people.
func Text(w io.Writer, r *Result) error {
	fmt.Fprintf(w, "Cloudflare API operations called (%d):\n", len(r.Calls))
	for _, c := range r.Calls {
		groups := apiops.Covering(c.Op, r.Groups)
		need := strings.Join(groups, ", ")
		switch {
		case c.Op.Disputed():
			need = "Global API Key only by the schema's security, which yet names token groups (" + strings.Join(c.Op.TokenGroups, ", ") + "): not counted"
		case !c.Op.AcceptsToken():
			need = "Global API Key only"
		case len(c.Op.TokenGroups) == 0:
			need = "no permission group in the schema"
		}
		fmt.Fprintf(w, "  %s:%d: %s %s (%s, %s): %s\n", c.Path, c.Line, c.Method, c.Template, c.Op.ID, c.Via, need)
	}
	if len(r.Unknown) > 0 {
		fmt.Fprintf(w, "\nUnknown (not counted) (%d):\n", len(r.Unknown))
		for _, c := range r.Unknown {
			what := strings.TrimSpace(c.Method + " " + c.Template)
			if what != "" {
				what += " "
			}
			fmt.Fprintf(w, "  %s:%d: %s(%s): %s\n", c.Path, c.Line, what, c.Via, c.Unknown)
		}
	}
	globalOnly, noGroup := r.untokened()
	fmt.Fprintf(w, "\nPermission groups (the smallest set covering the calls):\n")
	if len(r.Groups) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, u := range r.Uses() {
		fmt.Fprintf(w, "  %s (%s): needed by %d call%s in %s\n", u.Name, scopeWord(u.Scope), u.Calls, plural(u.Calls), strings.Join(u.Files, ", "))
	}
	if len(globalOnly) > 0 {
		fmt.Fprintf(w, "\n%d call%s accept%s only the Global API Key: no API token can make %s.\n", len(globalOnly), plural(len(globalOnly)), verbS(len(globalOnly)), them(len(globalOnly)))
	}
	if len(noGroup) > 0 {
		fmt.Fprintf(w, "%d call%s accept%s a token but the schema names no permission group for %s.\n", len(noGroup), plural(len(noGroup)), verbS(len(noGroup)), them(len(noGroup)))
	}
	return nil
}

func scopeWord(s Scope) string {
	switch s {
	case ScopeZone:
		return "zone"
	case ScopeUser:
		return "user"
	}
	return "account"
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func verbS(n int) string {
	if n == 1 {
		return "s"
	}
	return ""
}

func them(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}

type callJSON struct {
	Path        string   `json:"path"`
	Line        int      `json:"line"`
	Method      string   `json:"method"`
	Template    string   `json:"template"`
	OperationID string   `json:"operation_id,omitempty"`
	Via         string   `json:"via"`
	Auth        []string `json:"auth,omitempty"`
	TokenGroups []string `json:"token_groups,omitempty"`
	CoveredBy   []string `json:"covered_by,omitempty"`
	Unknown     string   `json:"unknown,omitempty"`
}

// JSON writes the report as one object: operations, unknown and
// permission_groups, lists never null.
func JSON(w io.Writer, r *Result) error {
	conv := func(cs []Call) []callJSON {
		out := []callJSON{}
		for _, c := range cs {
			j := callJSON{Path: c.Path, Line: c.Line, Method: c.Method, Template: c.Template, Via: c.Via, Unknown: c.Unknown}
			if c.Op != nil {
				j.OperationID = c.Op.ID
				j.TokenGroups = c.Op.TokenGroups
				j.CoveredBy = apiops.Covering(c.Op, r.Groups)
				for _, a := range []struct {
					bit  apiops.Auth
					name string
				}{{apiops.AuthToken, "api_token"}, {apiops.AuthGlobalKey, "api_key"}, {apiops.AuthServiceKey, "user_service_key"}} {
					if c.Op.Auth&a.bit != 0 {
						j.Auth = append(j.Auth, a.name)
					}
				}
			}
			out = append(out, j)
		}
		return out
	}
	uses := r.Uses()
	if uses == nil {
		uses = []GroupUse{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		SchemaCommits    []string   `json:"schema_commits"`
		Operations       []callJSON `json:"operations"`
		Unknown          []callJSON `json:"unknown"`
		PermissionGroups []GroupUse `json:"permission_groups"`
	}{apiops.SchemaCommits, conv(r.Calls), conv(r.Unknown), uses})
}

// Terraform writes a cloudflare_api_token resource for provider v5 with
// the cover's groups, looked up by name (and scope) through the
// cloudflare_api_token_permission_groups_list data source; the zone,
// account and user the token acts on, its expiry and allowed addresses are
// variables.
func Terraform(w io.Writer, r *Result) error {
	uses := r.Uses()
	byScope := map[Scope][]GroupUse{}
	for _, u := range uses {
		byScope[u.Scope] = append(byScope[u.Scope], u)
	}
	fmt.Fprintf(w, "# Generated by `cfauthlint permissions --format terraform` (Cloudflare provider v5):\n")
	fmt.Fprintf(w, "# the permission groups the code's %d Cloudflare API call%s need.\n", len(r.Calls), plural(len(r.Calls)))
	if len(r.Unknown) > 0 {
		fmt.Fprintf(w, "# %d call%s could not be told from the code (see `cfauthlint permissions`): check them by hand.\n", len(r.Unknown), plural(len(r.Unknown)))
	}
	if len(uses) == 0 {
		fmt.Fprintf(w, "# No permission group is needed: there is no token to write.\n")
		return nil
	}
	resourceVar := map[Scope]struct{ name, key, desc string }{
		ScopeZone:    {"zone_id", "com.cloudflare.api.account.zone.${var.zone_id}", "The id of the zone the token acts on."},
		ScopeAccount: {"account_id", "com.cloudflare.api.account.${var.account_id}", "The id of the account the token acts on."},
		ScopeUser:    {"user_id", "com.cloudflare.api.user.${var.user_id}", "The id of the user the token acts for."},
	}
	scopes := []Scope{ScopeZone, ScopeAccount, ScopeUser}
	for _, s := range scopes {
		if len(byScope[s]) > 0 {
			v := resourceVar[s]
			fmt.Fprintf(w, "\nvariable %q {\n  description = %q\n  type        = string\n}\n", v.name, v.desc)
		}
	}
	fmt.Fprintf(w, "\nvariable \"expires_on\" {\n  description = \"When the token expires (RFC 3339), e.g. 2027-01-01T00:00:00Z.\"\n  type        = string\n}\n")
	fmt.Fprintf(w, "\nvariable \"allowed_cidrs\" {\n  description = \"The addresses the token may be used from.\"\n  type        = list(string)\n}\n")
	names := map[string]string{}
	for _, s := range scopes {
		for _, u := range byScope[s] {
			id := dataName(u.Name)
			names[u.Name] = id
			fmt.Fprintf(w, "\ndata \"cloudflare_api_token_permission_groups_list\" %q {\n  name  = %q # %s\n  scope = %q\n}\n",
				id, url.PathEscape(u.Name), u.Name, url.PathEscape(string(s)))
		}
	}
	fmt.Fprintf(w, "\nresource \"cloudflare_api_token\" \"least_privilege\" {\n  name = \"least-privilege (cfauthlint permissions)\"\n  policies = [")
	first := true
	for _, s := range scopes {
		if len(byScope[s]) == 0 {
			continue
		}
		if !first {
			fmt.Fprint(w, ", ")
		}
		first = false
		fmt.Fprintf(w, "{\n    effect = \"allow\"\n    permission_groups = [\n")
		for _, u := range byScope[s] {
			fmt.Fprintf(w, "      { id = data.cloudflare_api_token_permission_groups_list.%s.result[0].id },\n", names[u.Name])
		}
		fmt.Fprintf(w, "    ]\n    resources = jsonencode({\n      %q = \"*\"\n    })\n  }", resourceVar[s].key)
	}
	fmt.Fprintf(w, "]\n  condition = {\n    request_ip = {\n      in = var.allowed_cidrs\n    }\n  }\n  expires_on = var.expires_on\n}\n")
	return nil
}

// dataName is a Terraform name for a group: "DNS Write" → dns_write.
func dataName(g string) string {
	var b strings.Builder
	under := false
	for _, r := range strings.ToLower(g) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			under = false
		} else if !under && b.Len() > 0 {
			b.WriteByte('_')
			under = true
		}
	}
	return strings.TrimRight(b.String(), "_")
}
