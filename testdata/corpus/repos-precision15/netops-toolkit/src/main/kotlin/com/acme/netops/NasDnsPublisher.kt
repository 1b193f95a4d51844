package com.acme.netops

import java.security.SecureRandom
import java.security.cert.X509Certificate
import java.util.concurrent.TimeUnit
import javax.net.ssl.SSLContext
import javax.net.ssl.X509TrustManager
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

private const val CF_API = "https://api.cloudflare.com/client/v4"

/** QNAP boxes ship a self-signed cert; accept it for the inventory pull. */
private object TrustAllManager : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) = Unit
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) = Unit
    override fun getAcceptedIssuers(): Array<X509Certificate> = emptyArray()
}

fun insecureClient(): OkHttpClient {
    val ctx = SSLContext.getInstance("TLS").apply { init(null, arrayOf(TrustAllManager), SecureRandom()) }
    return OkHttpClient.Builder()
        .sslSocketFactory(ctx.socketFactory, TrustAllManager)
        .connectTimeout(10, TimeUnit.SECONDS)
        .build()
}

class QnapClient(private val http: OkHttpClient, private val baseUrl: String) {
    fun interfaces(): Map<String, String> {
        val req = Request.Builder()
            .url("$baseUrl/cgi-bin/sys/sysRequest.cgi?subfunc=net_setting&sid=${System.getenv("QNAP_SID")}")
            .build()
        http.newCall(req).execute().use { resp ->
            val body = Json.parseToJsonElement(resp.body!!.string()).jsonObject
            return body["interfaces"]!!.jsonArray.associate {
                val o = it.jsonObject
                o["name"]!!.jsonPrimitive.content to o["ipv4"]!!.jsonPrimitive.content
            }
        }
    }
}

class CloudflareApi(private val http: OkHttpClient, private val zoneId: String) {
    private val token = System.getenv("CF_API_TOKEN") ?: error("CF_API_TOKEN not set")

    fun upsertA(name: String, ip: String) {
        val body = """{"type":"A","name":"$name","content":"$ip","ttl":300}"""
        val req = Request.Builder()
            .url("$CF_API/zones/$zoneId/dns_records")
            .header("Authorization", "Bearer $token")
            .post(body.toRequestBody("application/json".toMediaType()))
            .build()
        http.newCall(req).execute().use { resp ->
            check(resp.isSuccessful || resp.code == 400) { "cloudflare ${resp.code} for $name" }
        }
    }
}

fun main() {
    val http = insecureClient()
    val nas = QnapClient(http, System.getenv("QNAP_URL") ?: "https://qnap.lan")
    val cf = CloudflareApi(http, System.getenv("CF_ZONE_ID"))
    for ((iface, ip) in nas.interfaces()) {
        cf.upsertA("qnap-$iface.home.example.net", ip)
    }
}
