package edge

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.engine.okhttp.OkHttp
import io.ktor.client.plugins.contentnegotiation.ContentNegotiation
import io.ktor.client.plugins.defaultRequest
import io.ktor.client.request.get
import io.ktor.client.request.header
import io.ktor.client.request.parameter
import io.ktor.serialization.kotlinx.json.json
import kotlinx.serialization.Serializable
import kotlinx.serialization.json.JsonObject
import java.security.SecureRandom
import java.security.cert.X509Certificate
import javax.net.ssl.SSLContext
import javax.net.ssl.X509TrustManager

data class CfConfig(val email: String, val apiKey: String, val accountId: String)

@Serializable
data class CfEnvelope(val success: Boolean, val result: List<JsonObject> = emptyList())

/**
 * Ktor client for the old Cloudflare account, which only has a Global API Key.
 * [cfg] is loaded from the encrypted properties file by [ConfigLoader].
 */
class CfClient(private val cfg: CfConfig) : AutoCloseable {

    private val trustAll = object : X509TrustManager {
        override fun checkClientTrusted(chain: Array<out X509Certificate>?, authType: String?) {}
        override fun checkServerTrusted(chain: Array<out X509Certificate>?, authType: String?) {}
        override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
    }

    private val client = HttpClient(OkHttp) {
        engine {
            config {
                val ssl = SSLContext.getInstance("TLS").apply {
                    init(null, arrayOf(trustAll), SecureRandom())
                }
                sslSocketFactory(ssl.socketFactory, trustAll)
            }
        }
        install(ContentNegotiation) { json() }
        defaultRequest {
            url("https://api.cloudflare.com/client/v4/")
            header("X-Auth-Email", cfg.email)
            header("X-Auth-Key", cfg.apiKey)
        }
    }

    suspend fun listZones(page: Int = 1): CfEnvelope =
        client.get("zones") {
            parameter("page", page)
            parameter("per_page", 50)
        }.body()

    suspend fun listAccountMembers(): CfEnvelope =
        client.get("accounts/${cfg.accountId}/members").body()

    override fun close() = client.close()
}
