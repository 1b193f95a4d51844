-- Bootstrap for the shared analyst DuckDB file (/srv/duckdb/edge.duckdb).
-- Run once:  duckdb /srv/duckdb/edge.duckdb < duckdb/init_r2.sql
INSTALL httpfs;
LOAD httpfs;

-- persistent secret so analysts can query r2://edge-lake without configuring anything
CREATE OR REPLACE PERSISTENT SECRET r2_edge_lake (
    TYPE R2,
    KEY_ID '{{hex32}}',
    SECRET '{{hex64}}',
    ACCOUNT_ID '{{hex32}}',
    SCOPE 'r2://edge-lake'
);

CREATE SCHEMA IF NOT EXISTS edge;

CREATE OR REPLACE VIEW edge.http_requests AS
SELECT *
FROM read_parquet('r2://edge-lake/silver/http_requests/*/*.parquet', hive_partitioning = true);

CREATE OR REPLACE VIEW edge.firewall_events AS
SELECT *
FROM read_parquet('r2://edge-lake/silver/firewall_events/*/*.parquet', hive_partitioning = true);

CREATE OR REPLACE MACRO edge.hit_ratio(day) AS TABLE
    SELECT ClientRequestHost AS host,
           count(*) FILTER (WHERE CacheCacheStatus = 'hit') / count(*) AS hit_ratio
    FROM edge.http_requests
    WHERE date = day
    GROUP BY 1;

SELECT name, type, provider, scope FROM duckdb_secrets();
