-- Backfill edge.http_requests for March 2024 straight from the Logpush files in R2.
-- One-off; the regular load goes through the Kafka engine table.
-- clickhouse-client --queries-file clickhouse/queries/backfill_http_requests.sql

SET max_insert_threads = 16;
SET input_format_parallel_parsing = 1;
SET s3_max_connections = 512;

INSERT INTO edge.http_requests
SELECT
    parseDateTime64BestEffort(EdgeStartTimestamp)  AS ts,
    ClientRequestHost                              AS host,
    ClientRequestPath                              AS path,
    ClientCountry                                  AS country,
    EdgeResponseStatus                             AS status,
    CacheCacheStatus                               AS cache_status,
    EdgeResponseBytes                              AS bytes,
    OriginResponseDurationMs                       AS origin_ms,
    RayID                                          AS ray_id
FROM s3(
    'https://{{hex32}}.r2.cloudflarestorage.com/edge-logpush/http_requests/202403{01..31}/*.log.gz',
    '{{hex32}}',
    '{{hex64}}',
    'JSONEachRow',
    'EdgeStartTimestamp String, ClientRequestHost String, ClientRequestPath String, ClientCountry String,
     EdgeResponseStatus UInt16, CacheCacheStatus String, EdgeResponseBytes UInt64,
     OriginResponseDurationMs UInt32, RayID String',
    'gzip'
)
SETTINGS max_execution_time = 0;

SELECT toDate(ts) AS day, count() AS rows
FROM edge.http_requests
WHERE ts >= '2024-03-01' AND ts < '2024-04-01'
GROUP BY day
ORDER BY day;
