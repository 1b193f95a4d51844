# Databricks notebook source
# MAGIC %md
# MAGIC # Bronze ingest: Logpush `http_requests` from R2
# MAGIC
# MAGIC Logpush drops gzipped NDJSON into the `edge-logpush` bucket on R2
# MAGIC (endpoint `https://<account>.r2.cloudflarestorage.com`). Auto Loader picks up new
# MAGIC objects and appends them to `edge.bronze_http_requests`.

# COMMAND ----------

dbutils.widgets.text("ingest_date", "", "Ingest date (YYYYMMDD, blank = streaming)")
ingest_date = dbutils.widgets.get("ingest_date")

# COMMAND ----------

# TODO(data-platform): move these into the `r2-lake` secret scope before the cluster policy goes live
R2_ACCOUNT_ID = "{{hex32#acct}}"
R2_ACCESS_KEY_ID = "{{hex32}}"
R2_SECRET_ACCESS_KEY = "{{hex64}}"

R2_ENDPOINT = f"https://{R2_ACCOUNT_ID}.r2.cloudflarestorage.com"

spark.conf.set("fs.s3a.endpoint", R2_ENDPOINT)
spark.conf.set("fs.s3a.access.key", R2_ACCESS_KEY_ID)
spark.conf.set("fs.s3a.secret.key", R2_SECRET_ACCESS_KEY)
spark.conf.set("fs.s3a.path.style.access", "true")
spark.conf.set("fs.s3a.endpoint.region", "auto")

# COMMAND ----------

from pyspark.sql import functions as F

source = "s3a://edge-logpush/http_requests/"
if ingest_date:
    source += f"{ingest_date}/"

stream = (
    spark.readStream.format("cloudFiles")
    .option("cloudFiles.format", "json")
    .option("cloudFiles.schemaLocation", "dbfs:/pipelines/edge/_schemas/http_requests")
    .option("cloudFiles.inferColumnTypes", "true")
    .load(source)
    .withColumn("_ingested_at", F.current_timestamp())
    .withColumn("_source_file", F.input_file_name())
)

# COMMAND ----------

(
    stream.writeStream.format("delta")
    .option("checkpointLocation", "dbfs:/pipelines/edge/_checkpoints/bronze_http_requests")
    .trigger(availableNow=True)
    .toTable("edge.bronze_http_requests")
)

# COMMAND ----------

# MAGIC %sql
# MAGIC SELECT date_trunc('hour', EdgeStartTimestamp) AS hour, count(*) AS requests
# MAGIC FROM edge.bronze_http_requests
# MAGIC GROUP BY 1 ORDER BY 1 DESC LIMIT 24
