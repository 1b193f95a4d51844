package cmd

import (
	"fmt"
	"time"

	"github.com/go-resty/resty/v2"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

var purgeCmd = &cobra.Command{
	Use:   "purge [URL...]",
	Short: "Purge cached files from the zone (or everything with --all)",
	RunE:  runPurge,
}

func init() {
	purgeCmd.Flags().Bool("all", false, "purge everything")
}

type purgeResponse struct {
	Success bool `json:"success"`
	Errors  []struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"errors"`
	Result struct {
		ID string `json:"id"`
	} `json:"result"`
}

func runPurge(cmd *cobra.Command, args []string) error {
	all, _ := cmd.Flags().GetBool("all")
	if !all && len(args) == 0 {
		return fmt.Errorf("give URLs to purge or --all")
	}

	zoneID, err := zoneIDFor(cmd.Context(), viper.GetString("zone"))
	if err != nil {
		return err
	}

	body := map[string]any{"files": args}
	if all {
		body = map[string]any{"purge_everything": true}
	}

	var out purgeResponse
	r := resty.New().
		SetBaseURL("https://api.cloudflare.com/client/v4").
		SetTimeout(30 * time.Second).
		SetRetryCount(2).
		R().
		SetContext(cmd.Context()).
		SetBody(body).
		SetResult(&out).
		SetError(&out)

	if tok := viper.GetString("api-token"); tok != "" {
		r.SetAuthToken(tok)
	} else {
		r.SetHeader("X-Auth-Email", viper.GetString("api-email"))
		r.SetHeader("X-Auth-Key", viper.GetString("api-key"))
	}

	resp, err := r.Post("/zones/" + zoneID + "/purge_cache")
	if err != nil {
		return err
	}
	if resp.IsError() || !out.Success {
		return fmt.Errorf("purge failed: HTTP %d: %v", resp.StatusCode(), out.Errors)
	}
	fmt.Fprintf(cmd.OutOrStdout(), "purge request %s accepted\n", out.Result.ID)
	return nil
}
