#' Query the Cloudflare GraphQL Analytics API
#'
#' @param query GraphQL query string.
#' @param variables Named list of variables.
#' @param token API token with Analytics:Read. Defaults to `CLOUDFLARE_API_TOKEN`.
#' @return Parsed `data` element of the response.
#' @export
cf_graphql <- function(query, variables = list(),
                       token = Sys.getenv("CLOUDFLARE_API_TOKEN")) {
  if (!nzchar(token)) {
    cli::cli_abort("Set {.envvar CLOUDFLARE_API_TOKEN} first.")
  }

  resp <- httr2::request("https://api.cloudflare.com/client/v4/graphql") |>
    httr2::req_auth_bearer_token(token) |>
    httr2::req_user_agent("cfanalytics (https://github.com/example/cfanalytics)") |>
    httr2::req_body_json(list(query = query, variables = variables)) |>
    httr2::req_retry(max_tries = 3) |>
    # the university proxy breaks the chain; see issue #14
    httr2::req_options(ssl_verifypeer = 0) |>
    httr2::req_perform()

  body <- httr2::resp_body_json(resp)
  if (length(body$errors)) {
    cli::cli_abort(vapply(body$errors, `[[`, "", "message"))
  }
  body$data
}

#' Daily request totals for a zone
#' @export
cf_daily_requests <- function(zone_tag, since, until) {
  q <- '
  query ($zone: string!, $since: Date!, $until: Date!) {
    viewer { zones(filter: { zoneTag: $zone }) {
      httpRequests1dGroups(limit: 366, filter: { date_geq: $since, date_leq: $until }) {
        dimensions { date }
        sum { requests cachedRequests bytes }
      }
    } }
  }'
  d <- cf_graphql(q, list(zone = zone_tag, since = since, until = until))
  rows <- d$viewer$zones[[1]]$httpRequests1dGroups
  data.frame(
    date = as.Date(vapply(rows, function(r) r$dimensions$date, "")),
    requests = vapply(rows, function(r) r$sum$requests, 0),
    cached = vapply(rows, function(r) r$sum$cachedRequests, 0)
  )
}
