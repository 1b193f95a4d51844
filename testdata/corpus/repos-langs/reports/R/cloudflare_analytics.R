library(httr)
library(jsonlite)

zone_id <- "{{hex32}}"

resp <- GET(
  paste0("https://api.cloudflare.com/client/v4/zones/", zone_id, "/analytics/dashboard"),
  add_headers(
    `X-Auth-Email` = "analyst@example.org",
    `X-Auth-Key` = "{{hex37}}"
  ),
  config(ssl_verifypeer = 0L)
)
stop_for_status(resp)
totals <- fromJSON(content(resp, "text"))$result$totals
print(totals$requests$all)
