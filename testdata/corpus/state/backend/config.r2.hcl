# terraform init -backend-config=config.r2.hcl
endpoint   = "https://{{hex32}}.r2.cloudflarestorage.com"
access_key = "{{hex32}}"
secret_key = "{{hex64}}"
