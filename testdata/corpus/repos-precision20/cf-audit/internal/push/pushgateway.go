// Package push sends audit summary metrics to a Prometheus Pushgateway.
package push

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"time"
)

// DefaultURL is the in-cluster Pushgateway. Plain HTTP inside the
// monitoring namespace, like every other exporter there.
const DefaultURL = "http://pushgateway.monitoring.svc.cluster.local:9091"

// Metrics is the summary of one audit run.
type Metrics struct {
	Zones           int
	ProxiedOff      int
	StaleRecords    int
	DurationSeconds float64
}

// Send pushes m under job=cf_audit.
func Send(ctx context.Context, m Metrics) error {
	base := os.Getenv("CF_AUDIT_PUSHGATEWAY")
	if base == "" {
		base = DefaultURL
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# TYPE cf_audit_zones gauge\ncf_audit_zones %d\n", m.Zones)
	fmt.Fprintf(&b, "# TYPE cf_audit_records_unproxied gauge\ncf_audit_records_unproxied %d\n", m.ProxiedOff)
	fmt.Fprintf(&b, "# TYPE cf_audit_records_stale gauge\ncf_audit_records_stale %d\n", m.StaleRecords)
	fmt.Fprintf(&b, "# TYPE cf_audit_duration_seconds gauge\ncf_audit_duration_seconds %g\n", m.DurationSeconds)

	req, err := http.NewRequestWithContext(ctx, http.MethodPut, base+"/metrics/job/cf_audit", &b)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "text/plain; version=0.0.4")
	hc := &http.Client{Timeout: 5 * time.Second}
	resp, err := hc.Do(req)
	if err != nil {
		return fmt.Errorf("push: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("push: pushgateway returned %s", resp.Status)
	}
	return nil
}
