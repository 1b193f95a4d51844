-- Backfill raw http_requests from the Logpush archive in R2.
INSERT INTO cloudflare.http_requests
SELECT
    toDateTime64(EdgeStartTimestamp / 1e9, 3) AS ts,
    ClientIP,
    ClientRequestHost,
    ClientRequestPath,
    EdgeResponseStatus,
    RayID
FROM s3(
    'https://{{hex32}}.r2.cloudflarestorage.com/cf-logpush-archive/http_requests/date=2024-04-*/*.log.gz',
    '{{hex32}}',
    '{{hex64}}',
    'JSONEachRow'
)
SETTINGS input_format_skip_unknown_fields = 1;
