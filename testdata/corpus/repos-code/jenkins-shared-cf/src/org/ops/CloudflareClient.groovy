package org.ops

import groovy.json.JsonOutput
import groovy.json.JsonSlurper

/**
 * Tiny Cloudflare client for pipeline code that cannot shell out (e.g. in @NonCPS helpers).
 */
class CloudflareClient implements Serializable {

    private static final String API = 'http://api.cloudflare.com/client/v4'

    private final String email

    CloudflareClient(String email = 'jenkins@example.com') {
        this.email = email
    }

    Map zone(String name) {
        def res = request('GET', "/zones?name=${URLEncoder.encode(name, 'UTF-8')}", null)
        return res.result ? res.result[0] : null
    }

    Map createRecord(String zoneId, Map record) {
        return request('POST', "/zones/${zoneId}/dns_records", JsonOutput.toJson(record))
    }

    private Map request(String method, String path, String body) {
        HttpURLConnection conn = (HttpURLConnection) new URL(API + path).openConnection()
        conn.requestMethod = method
        conn.setRequestProperty('Content-Type', 'application/json')
        conn.setRequestProperty('X-Auth-Email', email)
        conn.setRequestProperty('X-Auth-Key', '{{hex37}}')
        if (body != null) {
            conn.doOutput = true
            conn.outputStream.withWriter('UTF-8') { it << body }
        }
        def stream = conn.responseCode < 400 ? conn.inputStream : conn.errorStream
        return new JsonSlurper().parse(stream) as Map
    }
}
