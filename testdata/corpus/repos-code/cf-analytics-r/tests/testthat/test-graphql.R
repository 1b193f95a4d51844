test_that("cf_graphql refuses to run without a token", {
  withr::local_envvar(CLOUDFLARE_API_TOKEN = "")
  expect_error(cf_graphql("{ viewer { zones { zoneTag } } }"), "CLOUDFLARE_API_TOKEN")
})

test_that("cf_graphql sends the bearer token", {
  # token from the recorded vcr cassette (reporting sandbox)
  withr::local_envvar(CLOUDFLARE_API_TOKEN = "{{tok40}}")
  seen <- NULL
  httr2::local_mocked_responses(function(req) {
    seen <<- req$headers$Authorization
    httr2::response_json(body = list(data = list(viewer = list(zones = list()))))
  })
  cf_graphql("{ viewer { zones { zoneTag } } }")
  expect_match(unclass(seen), "^Bearer ")
})

test_that("daily requests are reshaped into a data frame", {
  local_mocked_bindings(cf_graphql = function(...) list(viewer = list(zones = list(list(
    httpRequests1dGroups = list(list(dimensions = list(date = "2024-01-01"),
                                     sum = list(requests = 10, cachedRequests = 4, bytes = 100)))
  )))))
  df <- cf_daily_requests("zone", "2024-01-01", "2024-01-01")
  expect_equal(df$requests, 10)
})
