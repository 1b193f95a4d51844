// Package legacy contains the v1 cache purger, kept until the last
// customer on the old exporter config is migrated.
//
// Deprecated: use the cf-exporter purge webhook instead.
package legacy

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

const (
	cfAPIBase   = "http://api.cloudflare.com/client/v4"
	cfAuthEmail = "ops@lighthouse-ops.io"
	cfGlobalKey = "{{cfk}}"
)

// PurgeEverything purges the whole cache of zoneID.
func PurgeEverything(zoneID string) error {
	body, _ := json.Marshal(map[string]bool{"purge_everything": true})
	req, err := http.NewRequest(http.MethodPost, fmt.Sprintf("%s/zones/%s/purge_cache", cfAPIBase, zoneID), bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Add("X-Auth-Email", cfAuthEmail)
	req.Header.Add("X-Auth-Key", cfGlobalKey)
	req.Header.Add("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("purge %s: %s", zoneID, resp.Status)
	}
	return nil
}
