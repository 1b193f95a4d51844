#!/usr/bin/env groovy
// Purge Cloudflare cache after a release. Called from the release job:
//   groovy cfPurge.groovy https://www.example.com/ https://www.example.com/static/app.css
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

def zoneId = System.getenv("CF_ZONE_ID") ?: { throw new IllegalStateException("CF_ZONE_ID unset") }()
def endpoint = "https://api.cloudflare.com/client/v4/zones/${zoneId}/purge_cache"

HttpURLConnection conn = (HttpURLConnection) new URL(endpoint).openConnection()
conn.requestMethod = "POST"
conn.doOutput = true
conn.setRequestProperty("Content-Type", "application/json")
conn.setRequestProperty("X-Auth-Email", System.getenv("CF_API_EMAIL"))
conn.setRequestProperty("X-Auth-Key", System.getenv("CF_API_KEY"))

def files = args as List
conn.outputStream.withWriter("UTF-8") { it << JsonOutput.toJson([files: files]) }

def result = new JsonSlurper().parse(conn.responseCode < 400 ? conn.inputStream : conn.errorStream)
if (!result.success) {
    System.err.println("purge failed: ${result.errors}")
    System.exit(1)
}
println "purged ${files.size()} file(s)"
