package rules

// policyRules are the Terraform token-policy rules (CF4xx), found by parsing
// HCL rather than by Scan.
var policyRules = []*Rule{}
