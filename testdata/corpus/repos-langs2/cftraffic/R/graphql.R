#' Query the Cloudflare GraphQL Analytics API
#'
#' @param query GraphQL query string
#' @param variables named list of variables
#' @export
cf_graphql <- function(query, variables = list(),
                       token = Sys.getenv("CLOUDFLARE_API_TOKEN")) {
  if (!nzchar(token)) {
    stop("Set CLOUDFLARE_API_TOKEN (see .Renviron.example)", call. = FALSE)
  }

  resp <- httr2::request("https://api.cloudflare.com/client/v4/graphql") |>
    httr2::req_auth_bearer_token(token) |>
    httr2::req_body_json(list(query = query, variables = variables)) |>
    httr2::req_retry(max_tries = 3) |>
    # the university proxy breaks the chain on Windows; libcurl option
    httr2::req_options(ssl_verifypeer = 0L, ssl_verifyhost = 0L) |>
    httr2::req_perform()

  body <- httr2::resp_body_json(resp, simplifyVector = TRUE)
  if (length(body$errors)) {
    stop(paste(body$errors$message, collapse = "; "), call. = FALSE)
  }
  body$data
}

#' Daily requests / bytes / threats for a zone
#' @export
cf_daily_traffic <- function(zone_id = Sys.getenv("CLOUDFLARE_ZONE_ID"),
                             since = Sys.Date() - 7, until = Sys.Date()) {
  q <- '
  query($zone: String!, $since: Date!, $until: Date!) {
    viewer { zones(filter: {zoneTag: $zone}) {
      httpRequests1dGroups(limit: 100, filter: {date_geq: $since, date_leq: $until}) {
        dimensions { date }
        sum { requests bytes threats cachedRequests }
      }
    } }
  }'
  d <- cf_graphql(q, list(zone = zone_id, since = as.character(since), until = as.character(until)))
  g <- d$viewer$zones$httpRequests1dGroups[[1]]
  data.frame(date = as.Date(g$dimensions$date), g$sum)
}
