# Databricks notebook source
# MAGIC %md
# MAGIC ## WAF daily rollup
# MAGIC Reads `firewallEventsAdaptiveGroups` from the GraphQL Analytics API and merges into `cf_silver.waf_daily`.
# MAGIC Credentials come from the `cloudflare` secret scope (`databricks secrets put-secret cloudflare api-token`).

# COMMAND ----------

dbutils.widgets.text("run_date", "")
run_date = dbutils.widgets.get("run_date")
CF_TOKEN = dbutils.secrets.get(scope="cloudflare", key="api-token")
ZONE_TAG = dbutils.secrets.get(scope="cloudflare", key="zone-tag")

# COMMAND ----------

import requests

GQL = "https://api.cloudflare.com/client/v4/graphql"
query = """
query ($zone: string, $d: Date) {
  viewer { zones(filter: {zoneTag: $zone}) {
    firewallEventsAdaptiveGroups(limit: 5000, filter: {date: $d}) {
      count
      dimensions { action source ruleId clientCountryName }
    }
  } }
}"""
resp = requests.post(GQL, json={"query": query, "variables": {"zone": ZONE_TAG, "d": run_date}},
                     headers={"Authorization": f"Bearer {CF_TOKEN}"}, timeout=60)
resp.raise_for_status()

# COMMAND ----------

rows = resp.json()["data"]["viewer"]["zones"][0]["firewallEventsAdaptiveGroups"]
df = spark.createDataFrame([{**r["dimensions"], "count": r["count"], "date": run_date} for r in rows])
df.createOrReplaceTempView("waf_updates")

# COMMAND ----------

# MAGIC %sql
# MAGIC MERGE INTO cf_silver.waf_daily t
# MAGIC USING waf_updates s
# MAGIC ON t.date = s.date AND t.ruleId = s.ruleId AND t.action = s.action AND t.source = s.source AND t.clientCountryName = s.clientCountryName
# MAGIC WHEN MATCHED THEN UPDATE SET t.count = s.count
# MAGIC WHEN NOT MATCHED THEN INSERT *
