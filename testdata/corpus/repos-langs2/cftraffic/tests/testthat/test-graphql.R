test_that("cf_graphql sends bearer token and parses data", {
  withr::local_envvar(CLOUDFLARE_API_TOKEN = "fake-token-for-tests")

  httr2::local_mocked_responses(function(req) {
    expect_equal(req$url, "https://api.cloudflare.com/client/v4/graphql")
    expect_match(req$headers$Authorization, "^Bearer fake-token-for-tests$")
    httr2::response_json(body = list(data = list(viewer = list(zones = list()))))
  })

  out <- cf_graphql("{ viewer { zones { zoneTag } } }")
  expect_type(out, "list")
})

test_that("cf_graphql errors without a token", {
  withr::local_envvar(CLOUDFLARE_API_TOKEN = "")
  expect_error(cf_graphql("{ viewer { __typename } }"), "CLOUDFLARE_API_TOKEN")
})
