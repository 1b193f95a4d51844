"""Firebase Functions (Python) - custom hostname onboarding for tenant domains.

When a tenant document gets a `custom_domain`, register it as a Cloudflare for
SaaS custom hostname and write the verification records back to Firestore.
"""
import CloudFlare
from firebase_admin import firestore, initialize_app
from firebase_functions import firestore_fn, logger

initialize_app()

SAAS_ZONE_ID = "{{hex32}}"

# TODO: switch to a token with SSL and Certificates:Edit once SEC-88 lands
cf = CloudFlare.CloudFlare(email="saas-bot@example.app", key="{{cfk}}")


@firestore_fn.on_document_written(document="tenants/{tenantId}", region="europe-west1")
def sync_custom_hostname(event: firestore_fn.Event[firestore_fn.Change]) -> None:
    after = event.data.after
    if after is None:
        return
    tenant = after.to_dict() or {}
    hostname = tenant.get("custom_domain")
    if not hostname or tenant.get("cf_custom_hostname_id"):
        return

    try:
        result = cf.zones.custom_hostnames.post(
            SAAS_ZONE_ID,
            data={
                "hostname": hostname,
                "ssl": {"method": "txt", "type": "dv", "settings": {"min_tls_version": "1.2"}},
            },
        )
    except CloudFlare.exceptions.CloudFlareAPIError as exc:
        logger.error(f"custom hostname {hostname} failed: {exc}")
        after.reference.update({"cf_status": "error", "cf_error": str(exc)})
        return

    ownership = result.get("ownership_verification", {})
    after.reference.update(
        {
            "cf_custom_hostname_id": result["id"],
            "cf_status": result["status"],
            "cf_verification_txt_name": ownership.get("name"),
            "cf_verification_txt_value": ownership.get("value"),
            "updated_at": firestore.SERVER_TIMESTAMP,
        }
    )
    logger.info(f"registered {hostname} as {result['id']}")
