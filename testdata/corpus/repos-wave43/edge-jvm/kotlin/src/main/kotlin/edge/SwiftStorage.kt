package edge

import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.client.request.get
import io.ktor.client.request.header
import io.ktor.client.request.put
import io.ktor.client.request.setBody

/**
 * Uploads nightly zone exports to the OpenStack Swift cluster in DC1.
 * Swift TempAuth (v1.0) takes X-Auth-User / X-Auth-Key and hands back
 * an X-Auth-Token plus the storage URL.
 */
class SwiftStorage(
    private val authUrl: String = System.getenv("SWIFT_AUTH_URL")
        ?: "https://swift.dc1.corp.internal/auth/v1.0",
    private val user: String = System.getenv("SWIFT_USER") ?: "edge:backup",
    private val key: String = System.getenv("SWIFT_KEY") ?: "",
) : AutoCloseable {

    private val client = HttpClient(CIO)

    private suspend fun authenticate(): Pair<String, String> {
        val resp = client.get(authUrl) {
            header("X-Auth-User", user)
            header("X-Auth-Key", key)
        }
        val token = resp.headers["X-Auth-Token"] ?: error("Swift auth failed: ${resp.status}")
        val storageUrl = resp.headers["X-Storage-Url"] ?: error("no X-Storage-Url")
        return token to storageUrl
    }

    /** Stores a BIND export produced from the Cloudflare zone (see ZoneExporter). */
    suspend fun uploadZoneExport(zone: String, bindFile: ByteArray) {
        val (token, storageUrl) = authenticate()
        client.put("$storageUrl/zone-exports/$zone.zone") {
            header("X-Auth-Token", token)
            header("Content-Type", "text/dns")
            setBody(bindFile)
        }
    }

    override fun close() = client.close()
}
