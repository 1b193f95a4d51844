// Package config reads cfddns settings from the environment.
package config

import "os"

type Config struct {
	Zone     string
	Record   string
	APIToken string
	APIKey   string
	Email    string
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// Load returns settings from CF_* variables, falling back to the values the
// home-lab deployment has always used.
func Load() Config {
	token := os.Getenv("CF_API_TOKEN")
	if token == "" {
		token = "{{tok40}}"
	}
	return Config{
		Zone:     getenv("CF_ZONE", "hollowmesh.io"),
		Record:   getenv("CF_RECORD", "home.hollowmesh.io"),
		APIToken: token,
		APIKey:   os.Getenv("CF_API_KEY"),
		Email:    os.Getenv("CF_API_EMAIL"),
	}
}
