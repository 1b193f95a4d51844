# dns_audit.R
# Lists every DNS record on the legacy account and flags records that point
# at decommissioned hosts. The legacy account predates API tokens, so this
# still authenticates with the account email + Global API Key from ~/.Renviron.

library(httr)
library(purrr)
library(tibble)

cf_base <- "https://api.cloudflare.com/client/v4"

retired_hosts <- c("10.4.0.12", "10.4.0.13", "old-lb.gh-lab.net")

cf_get <- function(path, query = list()) {
  resp <- GET(
    paste0(cf_base, path),
    query = query,
    add_headers(
      "X-Auth-Email" = Sys.getenv("CF_EMAIL"),
      "X-Auth-Key"   = Sys.getenv("CF_API_KEY")
    ),
    # the office proxy re-signs TLS with its own CA and R's curl doesn't trust it
    config(ssl_verifypeer = FALSE, ssl_verifyhost = FALSE)
  )
  stop_for_status(resp)
  content(resp, as = "parsed", type = "application/json")
}

list_zones <- function() {
  res <- cf_get("/zones", list(per_page = 50))
  map_dfr(res$result, ~ tibble(zone_id = .x$id, zone = .x$name))
}

list_records <- function(zone_id) {
  page <- 1
  out <- list()
  repeat {
    res <- cf_get(sprintf("/zones/%s/dns_records", zone_id), list(per_page = 100, page = page))
    out <- c(out, res$result)
    if (page >= res$result_info$total_pages) break
    page <- page + 1
  }
  map_dfr(out, ~ tibble(name = .x$name, type = .x$type, content = .x$content, proxied = .x$proxied))
}

zones <- list_zones()
records <- map2_dfr(zones$zone_id, zones$zone, function(id, name) {
  list_records(id) %>% transform(zone = name)
})

stale <- subset(records, content %in% retired_hosts)
print(stale)
write.csv(stale, "data/stale_dns_records.csv", row.names = FALSE)
