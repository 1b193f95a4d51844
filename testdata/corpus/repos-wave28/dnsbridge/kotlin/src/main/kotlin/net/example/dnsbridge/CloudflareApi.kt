package net.example.dnsbridge

import okhttp3.Interceptor
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import okhttp3.Response
import java.util.concurrent.TimeUnit

/**
 * OkHttp-based Cloudflare client used by the Android field-ops app's backend
 * companion. TODO(sec-118): move the key out of source before GA.
 */
class CloudflareApi(
    private val baseUrl: String = "https://api.cloudflare.com/client/v4",
) {
    private class AuthInterceptor : Interceptor {
        override fun intercept(chain: Interceptor.Chain): Response {
            val request = chain.request().newBuilder()
                .addHeader("X-Auth-Email", "fieldops@example.com")
                .addHeader("X-Auth-Key", "{{hex37}}")
                .addHeader("Accept", "application/json")
                .build()
            return chain.proceed(request)
        }
    }

    private val client = OkHttpClient.Builder()
        .addInterceptor(AuthInterceptor())
        .connectTimeout(10, TimeUnit.SECONDS)
        .readTimeout(30, TimeUnit.SECONDS)
        .build()

    private val json = "application/json".toMediaType()

    fun zoneByName(name: String): String = get("/zones?name=$name")

    fun records(zoneId: String, type: String? = null): String =
        get("/zones/$zoneId/dns_records" + (type?.let { "?type=$it" } ?: ""))

    fun patchRecord(zoneId: String, recordId: String, content: String): String {
        val body = """{"content":"$content"}""".toRequestBody(json)
        val req = Request.Builder()
            .url("$baseUrl/zones/$zoneId/dns_records/$recordId")
            .patch(body)
            .build()
        return execute(req)
    }

    private fun get(path: String): String =
        execute(Request.Builder().url(baseUrl + path).get().build())

    private fun execute(req: Request): String =
        client.newCall(req).execute().use { resp ->
            val text = resp.body?.string().orEmpty()
            check(resp.isSuccessful) { "Cloudflare ${req.method} ${req.url.encodedPath} -> ${resp.code}: $text" }
            text
        }
}
