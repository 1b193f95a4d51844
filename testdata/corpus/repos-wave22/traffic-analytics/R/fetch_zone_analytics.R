# fetch_zone_analytics.R
# Pulls daily request / bandwidth / threat totals for our zones from the
# Cloudflare GraphQL Analytics API and writes them to data/zone_daily.csv.
#
# Usage: Rscript R/fetch_zone_analytics.R 2024-02-01 2024-02-29

suppressPackageStartupMessages({
  library(httr)
  library(jsonlite)
  library(dplyr)
  library(readr)
})

args <- commandArgs(trailingOnly = TRUE)
date_from <- if (length(args) >= 1) args[[1]] else as.character(Sys.Date() - 30)
date_to   <- if (length(args) >= 2) args[[2]] else as.character(Sys.Date() - 1)

gql_endpoint <- "https://api.cloudflare.com/client/v4/graphql"

zones <- c(
  shop   = "{{hex32}}",
  docs   = "{{hex32}}",
  status = "{{hex32}}"
)

query <- '
query ($zoneTag: string, $from: Date, $to: Date) {
  viewer {
    zones(filter: { zoneTag: $zoneTag }) {
      httpRequests1dGroups(limit: 100, filter: { date_geq: $from, date_leq: $to }) {
        dimensions { date }
        sum { requests bytes threats cachedRequests }
      }
    }
  }
}'

fetch_zone <- function(zone_tag) {
  resp <- POST(
    gql_endpoint,
    add_headers(Authorization = paste("Bearer", "{{tok40}}")),
    content_type_json(),
    body = toJSON(list(
      query = query,
      variables = list(zoneTag = zone_tag, from = date_from, to = date_to)
    ), auto_unbox = TRUE),
    timeout(60)
  )
  stop_for_status(resp)
  parsed <- fromJSON(content(resp, as = "text", encoding = "UTF-8"), flatten = TRUE)
  if (length(parsed$errors)) stop(parsed$errors$message[[1]])
  groups <- parsed$data$viewer$zones$httpRequests1dGroups[[1]]
  tibble(
    date     = as.Date(groups$dimensions.date),
    requests = groups$sum.requests,
    bytes    = groups$sum.bytes,
    threats  = groups$sum.threats,
    cached   = groups$sum.cachedRequests
  )
}

daily <- bind_rows(lapply(names(zones), function(z) {
  fetch_zone(zones[[z]]) %>% mutate(zone = z)
}))

daily <- daily %>%
  mutate(cache_ratio = round(cached / requests, 4)) %>%
  arrange(zone, date)

dir.create("data", showWarnings = FALSE)
write_csv(daily, "data/zone_daily.csv")
message(sprintf("wrote %d rows for %d zones", nrow(daily), length(zones)))
