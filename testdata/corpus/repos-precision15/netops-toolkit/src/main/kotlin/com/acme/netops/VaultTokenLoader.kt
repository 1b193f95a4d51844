package com.acme.netops

import java.security.SecureRandom
import java.security.cert.X509Certificate
import java.time.Duration
import javax.net.ssl.SSLContext
import javax.net.ssl.X509TrustManager
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import okhttp3.OkHttpClient
import okhttp3.Request

/**
 * Loads the Cloudflare API token from the lab Vault (dev mode, self-signed)
 * and checks it with /user/tokens/verify over a normally verified connection.
 */
object VaultTokenLoader {
    private const val CLOUDFLARE_API = "https://api.cloudflare.com/client/v4"
    private val vaultAddr = System.getenv("VAULT_ADDR") ?: "https://vault.lab.internal:8200"

    private val labVault: OkHttpClient by lazy {
        val trustAll = object : X509TrustManager {
            override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}
            override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}
            override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
        }
        val ssl = SSLContext.getInstance("TLS").apply { init(null, arrayOf(trustAll), SecureRandom()) }
        OkHttpClient.Builder()
            .sslSocketFactory(ssl.socketFactory, trustAll)
            .hostnameVerifier { _, _ -> true }
            .callTimeout(Duration.ofSeconds(5))
            .build()
    }

    private val cloudflare = OkHttpClient.Builder()
        .callTimeout(Duration.ofSeconds(15))
        .build()

    fun load(): String {
        val req = Request.Builder()
            .url("$vaultAddr/v1/secret/data/netops/cloudflare")
            .header("X-Vault-Token", System.getenv("VAULT_TOKEN") ?: "")
            .build()
        val token = labVault.newCall(req).execute().use { resp ->
            val root = Json.parseToJsonElement(resp.body!!.string()).jsonObject
            root["data"]!!.jsonObject["data"]!!.jsonObject["api_token"]!!.jsonPrimitive.content
        }
        verify(token)
        return token
    }

    private fun verify(token: String) {
        val req = Request.Builder()
            .url("$CLOUDFLARE_API/user/tokens/verify")
            .header("Authorization", "Bearer $token")
            .build()
        cloudflare.newCall(req).execute().use { resp ->
            check(resp.isSuccessful) { "Cloudflare token rejected: ${resp.code}" }
        }
    }
}
