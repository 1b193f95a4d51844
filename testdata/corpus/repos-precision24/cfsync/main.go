// cfsync: Proxmox VM IP 를 Cloudflare DNS 로 동기화
package main

import (
	"context"
	"flag"
	"log"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/example/cfsync/internal/cf"
	"github.com/example/cfsync/internal/proxmox"
)

type Config struct {
	Interval   string `toml:"interval"`
	DryRun     bool   `toml:"dry_run"`
	Cloudflare struct {
		APIToken string `toml:"api_token"`
		ZoneID   string `toml:"zone_id"`
		Suffix   string `toml:"suffix"`
		TTL      int    `toml:"ttl"`
		Proxied  bool   `toml:"proxied"`
	} `toml:"cloudflare"`
	Proxmox proxmox.Config `toml:"proxmox"`
	Exclude []string       `toml:"exclude"`
}

func mask(tok string) string {
	if len(tok) < 8 {
		return "****"
	}
	return tok[:5] + "****…"
}

func main() {
	path := flag.String("config", "/etc/cfsync/config.toml", "설정 파일 경로")
	flag.Parse()

	var cfg Config
	if _, err := toml.DecodeFile(*path, &cfg); err != nil {
		log.Fatalf("설정 파일 읽기 실패: %v", err)
	}
	// 환경변수가 있으면 설정 파일보다 우선
	if v := os.Getenv("CLOUDFLARE_API_TOKEN"); v != "" {
		cfg.Cloudflare.APIToken = v
	}
	if strings.Contains(cfg.Cloudflare.APIToken, "여기에") {
		log.Fatal("API 토큰을 설정하세요 (config.toml 또는 CLOUDFLARE_API_TOKEN)")
	}

	client, err := cf.New(cfg.Cloudflare.APIToken)
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	status, err := client.VerifyToken(ctx)
	if err != nil || status != "active" {
		log.Fatalf("토큰 확인 실패: %v (%s)", err, status)
	}
	log.Printf("토큰 확인: %s(%s)", mask(cfg.Cloudflare.APIToken), status)

	pve := proxmox.New(cfg.Proxmox)
	var excl []*regexp.Regexp
	for _, e := range cfg.Exclude {
		excl = append(excl, regexp.MustCompile(e))
	}

	interval, _ := time.ParseDuration(cfg.Interval)
	if interval == 0 {
		interval = 2 * time.Minute
	}
	for {
		syncOnce(ctx, client, pve, &cfg, excl)
		time.Sleep(interval)
	}
}

func syncOnce(ctx context.Context, c *cf.Client, pve *proxmox.Client, cfg *Config, excl []*regexp.Regexp) {
	guests, err := pve.Guests(ctx)
	if err != nil {
		log.Printf("Proxmox 조회 실패: %v", err)
		return
	}
next:
	for _, g := range guests {
		for _, re := range excl {
			if re.MatchString(g.Name) {
				continue next
			}
		}
		ip, err := pve.GuestIPv4(ctx, g.VMID)
		if err != nil {
			log.Printf("%s: %v", g.Name, err)
			continue
		}
		fqdn := g.Name + "." + cfg.Cloudflare.Suffix
		want := cf.Record{Type: "A", Name: fqdn, Content: ip, TTL: cfg.Cloudflare.TTL, Proxied: cfg.Cloudflare.Proxied}
		existing, err := c.ListRecords(ctx, cfg.Cloudflare.ZoneID, fqdn)
		if err != nil {
			log.Printf("%s 조회 실패: %v", fqdn, err)
			continue
		}
		switch {
		case len(existing) == 0:
			log.Printf("%s A %s 생성", fqdn, ip)
			if !cfg.DryRun {
				_ = c.CreateRecord(ctx, cfg.Cloudflare.ZoneID, want)
			}
		case existing[0].Content != ip:
			log.Printf("%s A %s → %s 갱신", fqdn, existing[0].Content, ip)
			want.ID = existing[0].ID
			if !cfg.DryRun {
				_ = c.UpdateRecord(ctx, cfg.Cloudflare.ZoneID, want)
			}
		}
	}
}
