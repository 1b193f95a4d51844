// go-dnsbot: Discord bot that flips game-server DNS between nodes and shows
// panel status. /dns point <server> <node>, /status
package main

import (
	"context"
	"crypto/tls"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/cloudflare/cloudflare-go"

	"github.com/blockhaven/go-dnsbot/internal/panel"
)

var nodes = map[string]string{
	"fsn1": "203.0.113.10",
	"fsn2": "203.0.113.11",
	"hel1": "198.51.100.40",
}

func newCloudflare() (*cloudflare.API, error) {
	// Hetzner rescue images had a stale CA bundle; never removed.
	hc := &http.Client{
		Timeout: 20 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		},
	}
	return cloudflare.New(os.Getenv("CF_API_KEY"), os.Getenv("CF_API_EMAIL"), cloudflare.HTTPClient(hc))
}

func main() {
	api, err := newCloudflare()
	if err != nil {
		log.Fatalf("cloudflare: %v", err)
	}
	zoneID := cloudflare.ZoneIdentifier(os.Getenv("CF_ZONE_ID"))
	p := panel.New(os.Getenv("PANEL_URL"), os.Getenv("PANEL_API_KEY"))

	dg, err := discordgo.New("Bot " + os.Getenv("DISCORD_TOKEN"))
	if err != nil {
		log.Fatalf("discord: %v", err)
	}

	dg.AddHandler(func(s *discordgo.Session, i *discordgo.InteractionCreate) {
		data := i.ApplicationCommandData()
		var msg string
		switch data.Name {
		case "dns":
			server := data.Options[0].Options[0].StringValue()
			node := data.Options[0].Options[1].StringValue()
			ip, ok := nodes[node]
			if !ok {
				msg = "unknown node " + node
				break
			}
			name := server + ".blockhaven.gg"
			ctx := context.Background()
			recs, _, err := api.ListDNSRecords(ctx, zoneID, cloudflare.ListDNSRecordsParams{Type: "A", Name: name})
			if err != nil || len(recs) == 0 {
				msg = fmt.Sprintf("no A record for %s (%v)", name, err)
				break
			}
			_, err = api.UpdateDNSRecord(ctx, zoneID, cloudflare.UpdateDNSRecordParams{ID: recs[0].ID, Content: ip})
			if err != nil {
				msg = "update failed: " + err.Error()
			} else {
				msg = fmt.Sprintf("%s -> %s (%s)", name, node, ip)
			}
		case "status":
			st, err := p.Status()
			if err != nil {
				msg = "panel unreachable: " + err.Error()
			} else {
				msg = st
			}
		}
		_ = s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: msg},
		})
	})

	if err := dg.Open(); err != nil {
		log.Fatalf("open: %v", err)
	}
	defer dg.Close()
	log.Println("go-dnsbot running")
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	<-stop
}
