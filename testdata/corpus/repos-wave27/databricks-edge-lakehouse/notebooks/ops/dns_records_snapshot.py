# Databricks notebook source
# MAGIC %md
# MAGIC # Nightly DNS snapshot
# MAGIC
# MAGIC Writes every DNS record of every zone to `ops.dns_records_snapshot` so we can diff changes.
# MAGIC Still on the legacy Global API Key of `dns-ops@example.com` until the token migration (OPS-2291).

# COMMAND ----------

# MAGIC %pip install cloudflare==3.1.0

# COMMAND ----------

import datetime as dt

from cloudflare import Cloudflare

ACCOUNT_ID = "{{hex32}}"
client = Cloudflare(api_email="dns-ops@example.com", api_key="{{hex37}}")

# COMMAND ----------

snapshot_at = dt.datetime.utcnow()
rows = []
for zone in client.zones.list(account={"id": ACCOUNT_ID}):
    for rec in client.dns.records.list(zone_id=zone.id):
        rows.append({
            "snapshot_at": snapshot_at,
            "zone_id": zone.id,
            "zone_name": zone.name,
            "record_id": rec.id,
            "name": rec.name,
            "type": rec.type,
            "content": getattr(rec, "content", None),
            "proxied": getattr(rec, "proxied", None),
            "ttl": rec.ttl,
        })

print(len(rows), "records")

# COMMAND ----------

(spark.createDataFrame(rows)
    .write.mode("append")
    .partitionBy("zone_name")
    .saveAsTable("ops.dns_records_snapshot"))

# COMMAND ----------

# MAGIC %sql
# MAGIC -- records that changed since yesterday
# MAGIC SELECT t.zone_name, t.name, t.type, y.content AS before, t.content AS after
# MAGIC FROM ops.dns_records_snapshot t
# MAGIC JOIN ops.dns_records_snapshot y
# MAGIC   ON t.record_id = y.record_id AND date(y.snapshot_at) = date_sub(date(t.snapshot_at), 1)
# MAGIC WHERE date(t.snapshot_at) = current_date() AND t.content <> y.content
