# Databricks notebook source
# MAGIC %md
# MAGIC # Publish edge KPIs to the internal metrics API
# MAGIC
# MAGIC `edge-metrics.internal.example.com` is protected by Cloudflare Access; the job authenticates
# MAGIC with the `databricks-edge-kpi` service token (non-identity policy on the Access application).

# COMMAND ----------

import json

import requests

METRICS_API = "https://edge-metrics.internal.example.com/v1"
ACCESS_HEADERS = {
    "CF-Access-Client-Id": "{{hex32}}.access",
    "CF-Access-Client-Secret": "{{hex64}}",
}

# COMMAND ----------

kpis = spark.sql("""
    SELECT date(EdgeStartTimestamp)                               AS day,
           count(*)                                               AS requests,
           avg(CASE WHEN CacheCacheStatus = 'hit' THEN 1 ELSE 0 END) AS hit_ratio,
           percentile_approx(OriginResponseDurationMs, 0.95)      AS origin_p95_ms
    FROM edge.silver_http_requests
    WHERE date(EdgeStartTimestamp) = date_sub(current_date(), 1)
    GROUP BY 1
""").toPandas()

display(kpis)

# COMMAND ----------

payload = json.loads(kpis.to_json(orient="records", date_format="iso"))
r = requests.post(
    f"{METRICS_API}/kpis/edge",
    headers={**ACCESS_HEADERS, "Content-Type": "application/json"},
    json={"source": "databricks", "rows": payload},
    timeout=30,
)
r.raise_for_status()
print(r.status_code, r.json())
