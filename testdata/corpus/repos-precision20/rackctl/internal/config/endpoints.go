// Package config holds the well-known endpoints of the northbeam racks.
package config

// Internal services on the management VLAN. They are plain HTTP because
// they sit behind the OOB firewall and carry no credentials.
const (
	NetboxURL     = "http://netbox.mgmt.nb.internal:8000/api"
	PXEBootScript = "http://10.20.0.5:8080/boot.ipxe"
	TFTPMirror    = "http://10.20.0.5:8080/tftp/"
	Pushgateway   = "http://pushgateway.mgmt.nb.internal:9091"
)

// CloudflareAPI is the only public API rackctl talks to.
const CloudflareAPI = "https://api.cloudflare.com/client/v4/"

// BMC credentials and the Cloudflare token are never stored here; they come
// from the environment (see README).
const (
	EnvBMCUser   = "RACKCTL_BMC_USER"
	EnvBMCPass   = "RACKCTL_BMC_PASSWORD"
	EnvCFToken   = "RACKCTL_CF_TOKEN"
	EnvCFZoneID  = "RACKCTL_CF_ZONE_ID"
	EnvNetboxTok = "RACKCTL_NETBOX_TOKEN"
)
