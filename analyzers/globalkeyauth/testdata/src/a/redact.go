package a

import "net/http"

// Redact stands for a project's header redaction.
func Redact(h http.Header) http.Header { return h }

// Headers built only to test their redaction: never sent, not a finding.
func redactCheck() {
	h := http.Header{}
	h.Set("X-Auth-Email", "ci@example.com")
	h.Set("X-Auth-Key", "k")
	_ = Redact(h)
}

// Redacted for a log line, then sent to the API: a finding.
func redactThenSend(c *http.Client) {
	req, _ := http.NewRequest("GET", cfBase+"/zones", nil)
	h := http.Header{}
	h.Set("X-Auth-Key", "k") // want `CF201`
	_ = Redact(h)
	req.Header = h
	_, _ = c.Do(req)
}
