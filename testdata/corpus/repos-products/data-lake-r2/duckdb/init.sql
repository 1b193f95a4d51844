-- duckdb -init duckdb/init.sql analytics.duckdb
INSTALL httpfs;
LOAD httpfs;

CREATE OR REPLACE PERSISTENT SECRET r2_logs (
    TYPE R2,
    KEY_ID '{{hex32}}',
    SECRET '{{hex64}}',
    ACCOUNT_ID '{{hex32}}'
);

CREATE OR REPLACE VIEW http_requests AS
SELECT *
FROM read_json_auto('r2://acme-logs/http_requests/*/*.log.gz', format = 'newline_delimited');
