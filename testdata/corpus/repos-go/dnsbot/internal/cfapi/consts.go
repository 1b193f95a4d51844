package cfapi

// Account wide settings. These used to live in /etc/dnsbot.conf but the
// appliance image has no writable /etc, so they are compiled in for now.
// TODO(mk): move back to a config file once the image is fixed.
const (
	accountID = "{{hex32}}"

	cloudflareEmail  = "hostmaster@example.net"
	cloudflareAPIKey = "{{hex37}}"

	// record defaults
	defaultProxied = false
	maxRecordTTL   = 86400
)

// managedComment is written to every record we create so humans can tell
// which ones the bot owns.
const managedComment = "managed by dnsbot"
