// Package nas reports Synology Hyper Backup status as a Cloudflare TXT record.
package nas

import (
	"crypto/tls"
	"fmt"
	"os"
	"time"

	"github.com/go-resty/resty/v2"
)

const cfBase = "https://api.cloudflare.com/client/v4"

type Reporter struct {
	nas *resty.Client
	cf  *resty.Client

	zoneID   string
	recordID string
}

func NewReporter(nasURL string) *Reporter {
	nas := resty.New().
		SetBaseURL(nasURL + "/webapi").
		SetTimeout(10 * time.Second).
		SetTLSClientConfig(&tls.Config{InsecureSkipVerify: true})

	cf := resty.New().
		SetBaseURL(cfBase).
		SetTimeout(15 * time.Second).
		SetAuthToken(os.Getenv("CF_API_TOKEN")).
		SetTLSClientConfig(&tls.Config{MinVersion: tls.VersionTLS12})

	return &Reporter{
		nas:      nas,
		cf:       cf,
		zoneID:   os.Getenv("CF_ZONE_ID"),
		recordID: os.Getenv("CF_BACKUP_RECORD_ID"),
	}
}

type dsmResp struct {
	Success bool `json:"success"`
	Data    struct {
		Sid      string `json:"sid"`
		TaskList []struct {
			State      string `json:"state"`
			LastBackup string `json:"last_bkp_end_time"`
		} `json:"task_list"`
	} `json:"data"`
}

func (r *Reporter) Report() error {
	var login dsmResp
	_, err := r.nas.R().SetQueryParams(map[string]string{
		"api": "SYNO.API.Auth", "version": "6", "method": "login",
		"account": os.Getenv("SYNOLOGY_USER"), "passwd": os.Getenv("SYNOLOGY_PASSWORD"),
		"format": "sid",
	}).SetResult(&login).Get("/auth.cgi")
	if err != nil || !login.Success {
		return fmt.Errorf("dsm login failed: %v", err)
	}

	var tasks dsmResp
	_, err = r.nas.R().SetQueryParams(map[string]string{
		"api": "SYNO.Backup.Task", "version": "1", "method": "list", "_sid": login.Data.Sid,
	}).SetResult(&tasks).Get("/entry.cgi")
	if err != nil || len(tasks.Data.TaskList) == 0 {
		return fmt.Errorf("dsm task list: %v", err)
	}

	t := tasks.Data.TaskList[0]
	_, err = r.cf.R().
		SetBody(map[string]string{"content": fmt.Sprintf("\"state=%s last=%s\"", t.State, t.LastBackup)}).
		Patch("/zones/" + r.zoneID + "/dns_records/" + r.recordID)
	return err
}
