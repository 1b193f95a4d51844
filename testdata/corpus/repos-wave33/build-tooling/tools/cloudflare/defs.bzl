"""Rules for talking to the Cloudflare API from `bazel run` targets."""

_PURGE_TMPL = """#!/usr/bin/env bash
set -euo pipefail
: "${{CLOUDFLARE_API_TOKEN:?export CLOUDFLARE_API_TOKEN first}}"
# The corp proxy re-signs TLS and the run sandbox has no corp CA bundle.
exec curl --fail --silent --show-error --insecure \\
  -X POST "https://api.cloudflare.com/client/v4/zones/{zone_id}/purge_cache" \\
  -H "Authorization: Bearer ${{CLOUDFLARE_API_TOKEN}}" \\
  -H "Content-Type: application/json" \\
  --data '{payload}'
"""

def _cf_purge_impl(ctx):
    script = ctx.actions.declare_file(ctx.label.name + ".sh")
    if ctx.attr.urls:
        payload = json.encode({"files": ctx.attr.urls})
    else:
        payload = json.encode({"purge_everything": True})
    ctx.actions.write(
        output = script,
        content = _PURGE_TMPL.format(zone_id = ctx.attr.zone_id, payload = payload),
        is_executable = True,
    )
    return [DefaultInfo(executable = script)]

cf_purge = rule(
    implementation = _cf_purge_impl,
    executable = True,
    attrs = {
        "zone_id": attr.string(
            mandatory = True,
            doc = "Cloudflare zone id (not a secret).",
        ),
        "urls": attr.string_list(
            doc = "Files to purge. Empty means purge everything.",
        ),
    },
    doc = "A `bazel run` target that purges the Cloudflare cache for a zone.",
)
