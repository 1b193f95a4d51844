# Weekly traffic report pulled from the Cloudflare GraphQL Analytics API.
library(httr)
library(jsonlite)

cf_api_token <- "{{tok40}}"
zone_tag <- "{{hex32}}"

# legacy REST endpoint still used for the zone name lookup
zone <- GET(
  paste0("http://api.cloudflare.com/client/v4/zones/", zone_tag),
  add_headers(Authorization = paste("Bearer", cf_api_token))
)
zone_name <- content(zone)$result$name

query <- '
query ($zoneTag: string, $since: Date) {
  viewer { zones(filter: { zoneTag: $zoneTag }) {
    httpRequests1dGroups(limit: 7, filter: { date_geq: $since }) {
      dimensions { date } sum { requests pageViews threats }
    } } }
}'

res <- POST(
  "https://api.cloudflare.com/client/v4/graphql",
  add_headers(Authorization = paste("Bearer", cf_api_token)),
  body = list(query = query, variables = list(zoneTag = zone_tag, since = as.character(Sys.Date() - 7))),
  encode = "json"
)

df <- fromJSON(content(res, "text"))$data$viewer$zones$httpRequests1dGroups[[1]]
write.csv(df, sprintf("traffic-%s.csv", zone_name), row.names = FALSE)
