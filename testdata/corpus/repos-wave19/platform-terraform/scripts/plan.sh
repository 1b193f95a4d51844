#!/usr/bin/env bash
# Wrapper used on the ops bastion to plan/apply an environment.
#   scripts/plan.sh staging [apply]
set -euo pipefail

ENV="${1:?environment required (dev|staging|prod)}"
ACTION="${2:-plan}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

# --- credentials ---------------------------------------------------------
# Cloudflare provider token for this environment
export TF_VAR_cloudflare_api_token="{{cfut}}"

# R2 state bucket (s3 backend reads the standard AWS variables)
export AWS_ACCESS_KEY_ID="{{hex32}}"
export AWS_SECRET_ACCESS_KEY="{{hex64}}"
export AWS_ENDPOINT_URL_S3="https://{{hex32#r2acct}}.r2.cloudflarestorage.com"
export AWS_REGION="auto"
# -------------------------------------------------------------------------

cd "$ROOT"
terraform init -input=false -reconfigure >/dev/null
terraform workspace select -or-create "$ENV"

varfile="envs/${ENV}/cloudflare.auto.tfvars"
[[ -f "$varfile" ]] || varfile="envs/${ENV}/terraform.tfvars"

case "$ACTION" in
  plan)
    terraform plan -input=false -var-file="$varfile" -out="tfplan-${ENV}"
    ;;
  apply)
    terraform apply -input=false "tfplan-${ENV}"
    ;;
  *)
    echo "unknown action: $ACTION" >&2
    exit 2
    ;;
esac
