# Databricks notebook source
# MAGIC %md
# MAGIC # Logpush -> Bronze
# MAGIC Auto Loader over the R2 bucket that Cloudflare Logpush writes `http_requests` and `firewall_events` to.
# MAGIC Owner: data-eng@acme.example

# COMMAND ----------

# MAGIC %sh
# MAGIC # quick sanity check that the logpush job is still enabled
# MAGIC curl -s https://api.cloudflare.com/client/v4/zones/{{hex32}}/logpush/jobs -H "X-Auth-Email: logs-bot@acme.example" -H "X-Auth-Key: {{hex37}}" | jq '.result[] | {id, dataset, enabled, last_complete}'

# COMMAND ----------

r2_account = "{{hex32}}"
spark.conf.set("fs.s3a.endpoint", f"https://{r2_account}.r2.cloudflarestorage.com")
spark.conf.set("fs.s3a.access.key", "{{hex32}}")
spark.conf.set("fs.s3a.secret.key", "{{hex64}}")
spark.conf.set("fs.s3a.path.style.access", "true")
spark.conf.set("fs.s3a.endpoint.region", "auto")

# COMMAND ----------

from pyspark.sql.functions import col, to_timestamp

http_raw = (
    spark.readStream.format("cloudFiles")
    .option("cloudFiles.format", "json")
    .option("cloudFiles.schemaLocation", "dbfs:/pipelines/cf/_schemas/http_requests")
    .load("s3a://cf-logpush-prod/http_requests/")
    .withColumn("EdgeStartTimestamp", to_timestamp(col("EdgeStartTimestamp")))
)

# COMMAND ----------

(http_raw.writeStream
    .option("checkpointLocation", "dbfs:/pipelines/cf/_checkpoints/http_requests_bronze")
    .trigger(availableNow=True)
    .toTable("cf_bronze.http_requests"))
