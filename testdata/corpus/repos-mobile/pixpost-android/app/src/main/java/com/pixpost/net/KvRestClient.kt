package com.pixpost.net

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import java.util.concurrent.TimeUnit

/**
 * Reads/writes feature flags stored in Workers KV through the Cloudflare REST API.
 */
class KvRestClient(private val namespaceId: String) {

    private val base = "https://api.cloudflare.com/client/v4/accounts/${CloudflareConstants.ACCOUNT_ID}" +
        "/storage/kv/namespaces/$namespaceId"

    private val http = OkHttpClient.Builder()
        .connectTimeout(10, TimeUnit.SECONDS)
        .addInterceptor { chain ->
            chain.proceed(
                chain.request().newBuilder()
                    .header("X-Auth-Email", "flags@pixpost.app").header("X-Auth-Key", "{{cfk}}")
                    .build()
            )
        }
        .build()

    fun get(key: String): String? {
        val req = Request.Builder().url("$base/values/$key").get().build()
        http.newCall(req).execute().use { resp ->
            return if (resp.isSuccessful) resp.body?.string() else null
        }
    }

    fun put(key: String, value: String) {
        val req = Request.Builder()
            .url("$base/values/$key")
            .put(value.toRequestBody("text/plain".toMediaType()))
            .build()
        http.newCall(req).execute().close()
    }
}
