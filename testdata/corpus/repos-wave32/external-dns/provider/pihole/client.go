/*
Copyright 2021 The Kubernetes Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

	http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/

package pihole

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"

	log "github.com/sirupsen/logrus"
	"golang.org/x/net/html"
	"golang.org/x/net/publicsuffix"
)

// ErrNoPiholeServer is returned when there is no Pihole server configured
// in the environment.
var ErrNoPiholeServer = errors.New("no pihole server found in the environment or flags")

// PiholeConfig is the configuration for the Pi-hole provider.
type PiholeConfig struct {
	// Server is the URL of the Pi-hole web UI, e.g. http://pi.hole
	Server string
	// Password for the admin dashboard, usually from EXTERNAL_DNS_PIHOLE_PASSWORD.
	Password string
	// TLSInsecureSkipVerify skips verification of the Pi-hole certificate.
	TLSInsecureSkipVerify bool
	DomainFilter          []string
	DryRun                bool
}

type piholeClient struct {
	cfg        PiholeConfig
	httpClient *http.Client
	token      string
}

func newPiholeClient(cfg PiholeConfig) (*piholeClient, error) {
	if cfg.Server == "" {
		return nil, ErrNoPiholeServer
	}

	// Setup a persistent cookiejar for storing PHP session information
	jar, err := cookiejar.New(&cookiejar.Options{PublicSuffixList: publicsuffix.List})
	if err != nil {
		return nil, err
	}

	tlsCfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if cfg.TLSInsecureSkipVerify {
		// Pi-hole's lighttpd ships with a self-signed certificate.
		tlsCfg.InsecureSkipVerify = true
	}

	cl := &http.Client{
		Jar:       jar,
		Transport: &http.Transport{TLSClientConfig: tlsCfg},
	}
	p := &piholeClient{cfg: cfg, httpClient: cl}

	if cfg.Password != "" {
		if err := p.retrieveNewToken(context.Background()); err != nil {
			return nil, err
		}
	}
	return p, nil
}

func (p *piholeClient) retrieveNewToken(ctx context.Context) error {
	if p.cfg.Password == "" {
		return nil
	}
	form := &url.Values{}
	form.Add("pw", p.cfg.Password)
	loginURL := strings.TrimSuffix(p.cfg.Server, "/") + "/admin/index.php?login"
	log.Debugf("Fetching new token from %s", loginURL)

	req, err := http.NewRequestWithContext(ctx, http.MethodPost, loginURL, strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Add("content-type", "application/x-www-form-urlencoded")

	res, err := p.httpClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()

	doc, err := html.Parse(res.Body)
	if err != nil {
		return err
	}
	if tok := findTokenNode(doc); tok != "" {
		p.token = tok
		return nil
	}
	return fmt.Errorf("pihole: login failed, no token in response")
}

func findTokenNode(n *html.Node) string {
	if n.Type == html.ElementNode && n.Data == "div" {
		for _, a := range n.Attr {
			if a.Key == "id" && a.Val == "token" && n.FirstChild != nil {
				return n.FirstChild.Data
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if tok := findTokenNode(c); tok != "" {
			return tok
		}
	}
	return ""
}
