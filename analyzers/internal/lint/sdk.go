package lint

import "github.com/cfauthlint/cfauthlint/rules"

// SDK returns the vocabulary entry of f among the Cloudflare Go SDK
// functions (cloudflare-go v0 and the generated SDK's option package):
// what each argument is, and for an auth-method function its rule and
// message (rules.SDKFuncs).
func SDK(f Func) (*rules.SDKFunc, bool) {
	if f.Recv != "" {
		return nil, false
	}
	return rules.GoSDKFunc(f.Pkg, "", f.Name, "")
}

// SDKName is how messages name f: cloudflare.New, option.WithAPIToken.
func SDKName(f Func) string {
	if rules.PackageOf(f.Pkg) == rules.GoOption {
		return "option." + f.Name
	}
	return "cloudflare." + f.Name
}
