// Package proxy forwards cluster-internal calls to the Cloudflare API with
// the gateway's own token, so individual services never hold one.
package proxy

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
	"time"
)

// TokenSource returns the current Cloudflare API token. It is called per
// request so that a rotated token file is picked up without a restart.
type TokenSource func(ctx context.Context) (string, error)

// Gateway is an http.Handler.
type Gateway struct {
	upstream *url.URL
	tokens   TokenSource
	rp       *httputil.ReverseProxy
	log      *slog.Logger
}

// New returns a Gateway forwarding to upstream, which must already have
// been checked with upstream.Validate.
func New(upstream *url.URL, tokens TokenSource, log *slog.Logger) *Gateway {
	g := &Gateway{upstream: upstream, tokens: tokens, log: log}
	g.rp = &httputil.ReverseProxy{
		Rewrite: g.rewrite,
		Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			ForceAttemptHTTP2:     true,
			TLSHandshakeTimeout:   10 * time.Second,
			ResponseHeaderTimeout: 60 * time.Second,
			MaxIdleConnsPerHost:   32,
		},
		ModifyResponse: func(resp *http.Response) error {
			for _, h := range hopByHop {
				resp.Header.Del(h)
			}
			return nil
		},
		ErrorHandler: func(w http.ResponseWriter, r *http.Request, err error) {
			log.Error("upstream error", "path", r.URL.Path, "err", err)
			http.Error(w, "bad gateway", http.StatusBadGateway)
		},
	}
	return g
}

// SetTransport replaces the upstream transport (tests use this).
func (g *Gateway) SetTransport(rt http.RoundTripper) { g.rp.Transport = rt }

var errNoToken = errors.New("proxy: no upstream token")

func (g *Gateway) rewrite(pr *httputil.ProxyRequest) {
	pr.SetURL(g.upstream)
	pr.Out.Host = g.upstream.Host
	for _, h := range StrippedHeaders {
		pr.Out.Header.Del(h)
	}
	tok, ok := pr.In.Context().Value(tokenKey{}).(string)
	if ok && tok != "" {
		pr.Out.Header.Set(HeaderAuthorization, "Bearer "+tok)
	}
}

type tokenKey struct{}

func (g *Gateway) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !strings.HasPrefix(r.URL.Path, "/zones/") && !strings.HasPrefix(r.URL.Path, "/accounts/") {
		http.Error(w, "path not allowed", http.StatusForbidden)
		return
	}
	tok, err := g.tokens(r.Context())
	if err != nil || tok == "" {
		if err == nil {
			err = errNoToken
		}
		g.log.Error("token source", "err", err)
		http.Error(w, "gateway misconfigured", http.StatusServiceUnavailable)
		return
	}
	g.log.Info("proxy", "caller", r.Header.Get(HeaderCaller), "method", r.Method, "path", r.URL.Path)
	ctx := context.WithValue(r.Context(), tokenKey{}, tok)
	g.rp.ServeHTTP(w, r.WithContext(ctx))
}
