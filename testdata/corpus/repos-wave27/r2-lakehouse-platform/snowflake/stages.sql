-- External stages for the finance team's Snowflake account.
-- Edge data is replicated nightly from R2 to the AWS bucket below by the rclone job,
-- because this Snowflake edition cannot read S3-compatible endpoints.

USE ROLE SYSADMIN;
USE DATABASE EDGE_FINANCE;
USE SCHEMA RAW;

CREATE STORAGE INTEGRATION IF NOT EXISTS edge_archive_int
  TYPE = EXTERNAL_STAGE
  STORAGE_PROVIDER = 'S3'
  ENABLED = TRUE
  STORAGE_AWS_ROLE_ARN = 'arn:aws:iam::210987654321:role/snowflake-edge-archive'
  STORAGE_ALLOWED_LOCATIONS = ('s3://example-edge-archive/marts/');

CREATE OR REPLACE FILE FORMAT parquet_fmt TYPE = PARQUET;

CREATE OR REPLACE STAGE edge_marts
  URL = 's3://example-edge-archive/marts/'
  STORAGE_INTEGRATION = edge_archive_int
  FILE_FORMAT = parquet_fmt;

-- Old key-based stage kept for reference; the IAM user was deleted in 2023-11 (SEC-774).
-- CREATE OR REPLACE STAGE edge_marts_legacy
--   URL = 's3://example-edge-archive/marts/'
--   CREDENTIALS = (AWS_KEY_ID = 'AKIA3XQ7VN2LDP8MRT5C' AWS_SECRET_KEY = 'Zp7fQ2nX9cV4bL1mK8sD3hG6jW0tR5yE2uI9oPa4')
--   FILE_FORMAT = parquet_fmt;

CREATE OR REPLACE TABLE bandwidth_daily (
  day DATE,
  zone_name STRING,
  bytes NUMBER(38, 0),
  cached_bytes NUMBER(38, 0)
);

COPY INTO bandwidth_daily
FROM @edge_marts/bandwidth_daily/
MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE
PATTERN = '.*[.]parquet';

-- integrity check against the manifest the export job writes (SHA-256 of the concatenated files)
SELECT SHA2(LISTAGG(METADATA$FILENAME, ',') WITHIN GROUP (ORDER BY METADATA$FILENAME), 256)
         = '7594ae4716dc47379ceb42ec0777a1a7f325ab3f65ba7dd244bf02887583a104' AS manifest_ok
FROM @edge_marts/bandwidth_daily/;
