# Old httr-based helpers from the 0.1 series. Still used by the
# firewall-events notebook for the legacy "marketing" account, which
# never got an API token. TODO: port to httr2 + token.

.cf_legacy_base <- "https://api.cloudflare.com/client/v4"

.cf_legacy_headers <- function() {
  httr::add_headers(
    `X-Auth-Email` = "marketing-ops@example.org",
    `X-Auth-Key` = "{{hex37}}",
    `Content-Type` = "application/json"
  )
}

cf_legacy_get <- function(path, query = list()) {
  r <- httr::GET(
    paste0(.cf_legacy_base, path),
    .cf_legacy_headers(),
    query = query,
    httr::config(ssl_verifypeer = 0)
  )
  httr::stop_for_status(r)
  httr::content(r, as = "parsed", simplifyVector = TRUE)$result
}

cf_legacy_firewall_events <- function(zone_id, since) {
  cf_legacy_get(sprintf("/zones/%s/security/events", zone_id),
                query = list(since = format(since, "%Y-%m-%dT%H:%M:%SZ")))
}
