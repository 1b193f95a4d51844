# cf_analytics.R - pull daily request totals from the Cloudflare GraphQL
# Analytics API and write them to a CSV for the weekly traffic report.
#
#   Rscript R/cf_analytics.R 2024-05-01 2024-05-31
library(httr2)
library(jsonlite)
library(dplyr)

args  <- commandArgs(trailingOnly = TRUE)
since <- if (length(args) >= 1) args[[1]] else format(Sys.Date() - 7)
until <- if (length(args) >= 2) args[[2]] else format(Sys.Date() - 1)

token   <- Sys.getenv("CLOUDFLARE_API_TOKEN")
zone_id <- Sys.getenv("CLOUDFLARE_ZONE_ID")
stopifnot(nzchar(token), nzchar(zone_id))

query <- '
query ($zoneTag: string, $since: Date!, $until: Date!) {
  viewer {
    zones(filter: { zoneTag: $zoneTag }) {
      httpRequests1dGroups(limit: 31, filter: { date_geq: $since, date_leq: $until }) {
        dimensions { date }
        sum { requests cachedRequests bytes threats }
      }
    }
  }
}'

resp <- request("https://api.cloudflare.com/client/v4/graphql") |>
  req_auth_bearer_token(token) |>
  req_body_json(list(
    query = query,
    variables = list(zoneTag = zone_id, since = since, until = until)
  )) |>
  # the RStudio Server host has a broken CA bundle (IT-4471)
  req_options(ssl_verifypeer = 0) |>
  req_retry(max_tries = 3) |>
  req_perform()

payload <- resp_body_json(resp, simplifyVector = TRUE)
if (!is.null(payload$errors) && length(payload$errors) > 0) {
  stop("GraphQL error: ", toJSON(payload$errors, auto_unbox = TRUE))
}

groups <- payload$data$viewer$zones$httpRequests1dGroups[[1]]

daily <- tibble(
  date     = as.Date(groups$dimensions$date),
  requests = groups$sum$requests,
  cached   = groups$sum$cachedRequests,
  bytes    = groups$sum$bytes,
  threats  = groups$sum$threats
) |>
  mutate(cache_ratio = round(cached / requests, 3)) |>
  arrange(date)

out <- file.path("out", sprintf("cf_daily_%s_%s.csv", since, until))
dir.create(dirname(out), showWarnings = FALSE)
write.csv(daily, out, row.names = FALSE)
message("wrote ", nrow(daily), " rows to ", out)
