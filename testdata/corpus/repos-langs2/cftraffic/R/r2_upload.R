# Push daily rollups to the R2 bucket the dashboard reads from.

.r2_account <- "{{hex32}}"

r2_setup <- function() {
  Sys.setenv(
    "AWS_ACCESS_KEY_ID"     = "{{hex32}}",
    "AWS_SECRET_ACCESS_KEY" = "{{hex64}}",
    "AWS_DEFAULT_REGION"    = "auto",
    "AWS_S3_ENDPOINT"       = paste0(.r2_account, ".r2.cloudflarestorage.com")
  )
}

#' Write a data frame to R2 as parquet
#' @export
r2_write_parquet <- function(df, key, bucket = "cf-traffic-rollups") {
  r2_setup()
  tmp <- tempfile(fileext = ".parquet")
  on.exit(unlink(tmp))
  arrow::write_parquet(df, tmp)
  aws.s3::put_object(file = tmp, object = key, bucket = bucket,
                     region = "", use_https = TRUE)
}
