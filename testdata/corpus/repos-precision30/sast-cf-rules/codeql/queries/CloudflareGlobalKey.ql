/**
 * @name Cloudflare Global API Key used for authentication
 * @description Sending the X-Auth-Key header to the Cloudflare API uses the
 *              account-wide Global API Key. A scoped API token should be used.
 * @kind problem
 * @problem.severity warning
 * @security-severity 6.5
 * @precision high
 * @id py/cloudflare-global-api-key
 * @tags security
 *       external/cwe/cwe-250
 */

import python
import semmle.python.ApiGraphs
import semmle.python.dataflow.new.DataFlow

/** A dict literal key that names the legacy Cloudflare key header. */
predicate isLegacyKeyHeader(StrConst s) {
  s.getText().toLowerCase() = "x-auth-key"
}

/** A string that looks like a Cloudflare API URL. */
predicate isCloudflareApiUrl(StrConst s) {
  s.getText().regexpMatch("(?i)https?://api\\.cloudflare\\.com/.*")
}

from API::CallNode call, Dict headers, KeyValuePair kv, StrConst url
where
  call = API::moduleImport("requests").getMember(["get", "post", "put", "patch", "delete", "request"]).getACall() and
  DataFlow::exprNode(headers).(DataFlow::LocalSourceNode).flowsTo(call.getArgByName("headers")) and
  kv = headers.getAnItem() and
  isLegacyKeyHeader(kv.getKey()) and
  DataFlow::exprNode(url).(DataFlow::LocalSourceNode).flowsTo([call.getArg(0), call.getArg(1), call.getArgByName("url")]) and
  isCloudflareApiUrl(url)
select kv, "Global API Key sent to the Cloudflare API via $@; use a scoped API token.", url, url.getText()
