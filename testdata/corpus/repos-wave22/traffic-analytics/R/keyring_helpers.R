# keyring_helpers.R
# Credentials for the analytics scripts are kept in the OS keychain via the
# keyring package (macOS Keychain / Windows Credential Manager / Secret Service).
#
# One-time setup:
#   keyring::key_set("cloudflare", username = "api_token")
#   keyring::key_set("cloudflare", username = "r2_secret_access_key")

cf_token <- function() {
  tok <- Sys.getenv("CLOUDFLARE_API_TOKEN", unset = NA)
  if (is.na(tok) || !nzchar(tok)) {
    tok <- keyring::key_get("cloudflare", username = "api_token")
  }
  tok
}

cf_auth_header <- function() {
  httr::add_headers(Authorization = paste("Bearer", cf_token()))
}

r2_credentials <- function() {
  list(
    endpoint = sprintf("https://%s.r2.cloudflarestorage.com", Sys.getenv("CF_ACCOUNT_ID")),
    key      = keyring::key_get("cloudflare", username = "r2_access_key_id"),
    secret   = keyring::key_get("cloudflare", username = "r2_secret_access_key")
  )
}

# for aws.s3 / arrow::s3_bucket, which read the standard AWS variables
use_r2 <- function() {
  creds <- r2_credentials()
  Sys.setenv(
    AWS_ACCESS_KEY_ID     = creds$key,
    AWS_SECRET_ACCESS_KEY = creds$secret,
    AWS_S3_ENDPOINT       = sub("^https://", "", creds$endpoint),
    AWS_DEFAULT_REGION    = "auto"
  )
  invisible(creds$endpoint)
}
