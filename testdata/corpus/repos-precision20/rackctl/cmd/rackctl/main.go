// Command rackctl inventories BMCs and checks that every host has a DNS
// record in Cloudflare.
package main

import (
	"context"
	"crypto/tls"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/cloudflare/cloudflare-go/v4/option"

	"github.com/northbeam-infra/rackctl/internal/config"
	"github.com/northbeam-infra/rackctl/internal/dns"
	"github.com/northbeam-infra/rackctl/internal/httpx"
	"github.com/northbeam-infra/rackctl/internal/inventory"
	"github.com/northbeam-infra/rackctl/internal/redfish"
)

// httpClients keeps the two trust domains apart: BMCs on the OOB network
// and public APIs. Do not pass bmc to anything that leaves the rack.
type httpClients struct {
	bmc *http.Client
	api *http.Client
}

func newHTTPClients() (httpClients, error) {
	api, err := httpx.Verified(30 * time.Second)
	if err != nil {
		return httpClients{}, err
	}
	return httpClients{
		bmc: &http.Client{
			Timeout: 20 * time.Second,
			Transport: &http.Transport{
				// iDRAC/iLO factory certs are self-signed per board.
				TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // OOB VLAN only
			},
		},
		api: api,
	}, nil
}

func main() {
	site := flag.String("site", "ams1", "NetBox site slug")
	capture := flag.String("capture", "", "record Cloudflare traffic through this proxy (host:port)")
	flag.Parse()

	hc, err := newHTTPClients()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	nb := inventory.NewNetBox(config.NetboxURL, os.Getenv(config.EnvNetboxTok))
	devs, err := nb.Devices(ctx, *site)
	if err != nil {
		log.Fatal(err)
	}

	want := map[string]string{}
	for _, d := range devs {
		if d.OOBIP == nil {
			continue
		}
		host := d.OOBIP.Address
		bmc := redfish.New(host, os.Getenv(config.EnvBMCUser), os.Getenv(config.EnvBMCPass), hc.bmc)
		systems, err := bmc.Systems(ctx)
		if err != nil {
			log.Printf("%s: %v", d.Name, err)
			continue
		}
		for _, s := range systems {
			want[s.HostName+".oob.example.net"] = host
		}
	}

	var extra []option.RequestOption
	if *capture != "" {
		if extra, err = dns.CaptureOptions(*capture); err != nil {
			log.Fatal(err)
		}
	}
	pub, err := dns.NewPublisher(os.Getenv(config.EnvCFToken), os.Getenv(config.EnvCFZoneID), hc.api, extra...)
	if err != nil {
		log.Fatal(err)
	}
	if err := pub.Verify(ctx); err != nil {
		log.Fatal(err)
	}
	have, err := pub.Records(ctx)
	if err != nil {
		log.Fatal(err)
	}
	for _, line := range dns.Drift(want, have) {
		fmt.Println(line)
	}
}
