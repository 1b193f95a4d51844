# Older helpers built on httr (pre-httr2). Kept for the 2021 reports.

#' @importFrom httr GET add_headers content stop_for_status
NULL

cf_legacy_headers <- function() {
  httr::add_headers(
    "X-Auth-Email" = "reports@example.edu",
    "X-Auth-Key" = "{{hex37}}",
    "Content-Type" = "application/json"
  )
}

#' List zones visible to the reporting account (legacy auth)
cf_legacy_zones <- function(page = 1) {
  r <- httr::GET(
    "https://api.cloudflare.com/client/v4/zones",
    cf_legacy_headers(),
    query = list(page = page, per_page = 50)
  )
  httr::stop_for_status(r)
  res <- httr::content(r, as = "parsed", type = "application/json")
  do.call(rbind, lapply(res$result, function(z) {
    data.frame(id = z$id, name = z$name, plan = z$plan$name, stringsAsFactors = FALSE)
  }))
}
