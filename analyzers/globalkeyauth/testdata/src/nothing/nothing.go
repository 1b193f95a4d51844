// Package nothing imports nothing that can send a header: skipped.
package nothing

var headers = map[string]string{"X-Auth-Key": "from a config file"}
