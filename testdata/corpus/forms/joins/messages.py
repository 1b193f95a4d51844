"""Error messages of the DNS sync job (Cloudflare)."""

MISSING = ("CLOUDFLARE_API_TOKEN is not set; "
           "create a token with Zone:Read and DNS:Edit")
LEGACY = "CLOUDFLARE_API_KEY and CLOUDFLARE_EMAIL " + "are no longer supported"
BASE = "https://api.cloudflare.com" + "/client/v4"
HEADER = "Authorization: " + "Bearer " + token
PREFIX = "cfut_" + "..."
ZONE_ID = ("0123456789abcdef" "0123456789abcdef")
