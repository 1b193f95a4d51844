package cmd

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

var (
	cfgFile string
	version = "dev"
)

var rootCmd = &cobra.Command{
	Use:           "cfctl",
	Short:         "Cloudflare helper for the edgeops team",
	SilenceUsage:  true,
	SilenceErrors: true,
	PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
		return initConfig()
	},
}

// SetVersion is called from main with the linker-provided version.
func SetVersion(v string) { version = v }

// Execute runs the root command.
func Execute() error {
	if err := rootCmd.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "cfctl:", err)
		return err
	}
	return nil
}

func init() {
	pf := rootCmd.PersistentFlags()
	pf.StringVar(&cfgFile, "config", "", "config file (default $HOME/.cfctl.yaml)")
	pf.String("api-token", "", "Cloudflare API token (env CF_API_TOKEN)")
	pf.String("api-key", "", "Cloudflare Global API Key, deprecated (env CF_API_KEY)")
	pf.String("api-email", "", "account email for --api-key (env CF_API_EMAIL)")
	pf.Bool("insecure", false, "skip TLS certificate verification (debugging only)")
	pf.StringP("zone", "z", "", "zone name, e.g. example.net")
	_ = viper.BindPFlags(pf)

	rootCmd.AddCommand(zonesCmd, purgeCmd, exportCmd, serveCmd)
}

func initConfig() error {
	if cfgFile != "" {
		viper.SetConfigFile(cfgFile)
	} else {
		home, err := os.UserHomeDir()
		if err != nil {
			return err
		}
		viper.AddConfigPath(home)
		viper.SetConfigType("yaml")
		viper.SetConfigName(".cfctl")
	}

	// CF_API_TOKEN, CF_API_KEY, CF_API_EMAIL, CF_ZONE, ...
	viper.SetEnvPrefix("CF")
	viper.SetEnvKeyReplacer(strings.NewReplacer("-", "_", ".", "_"))
	viper.AutomaticEnv()

	if err := viper.ReadInConfig(); err != nil {
		var notFound viper.ConfigFileNotFoundError
		if !errors.As(err, &notFound) {
			return fmt.Errorf("reading config: %w", err)
		}
	}

	if viper.GetString("api-token") == "" && viper.GetString("api-key") == "" {
		return errors.New("no credentials: set CF_API_TOKEN or api-token in ~/.cfctl.yaml")
	}
	return nil
}
