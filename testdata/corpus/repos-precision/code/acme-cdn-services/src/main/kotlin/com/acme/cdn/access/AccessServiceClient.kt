package com.acme.cdn.access

import okhttp3.OkHttpClient
import okhttp3.Request
import java.util.concurrent.TimeUnit

/**
 * Calls the billing exporter that sits behind Cloudflare Access
 * (https://billing-export.acme.io). Access lets machine clients in with a
 * service token sent as CF-Access-Client-Id / CF-Access-Client-Secret.
 */
object AccessServiceClient {

    private const val EXPORTER_URL = "https://billing-export.acme.io"
    private const val CF_ACCESS_CLIENT_ID = "{{hex32}}.access"
    private const val CF_ACCESS_CLIENT_SECRET = "{{hex64}}"

    private val http = OkHttpClient.Builder()
        .callTimeout(30, TimeUnit.SECONDS)
        .build()

    fun fetchMonthlyExport(month: String): String {
        val request = Request.Builder()
            .url("$EXPORTER_URL/exports/$month.csv")
            .header("CF-Access-Client-Id", CF_ACCESS_CLIENT_ID)
            .header("CF-Access-Client-Secret", CF_ACCESS_CLIENT_SECRET)
            .build()
        http.newCall(request).execute().use { resp ->
            check(resp.isSuccessful) { "export failed: HTTP ${resp.code}" }
            return resp.body!!.string()
        }
    }
}
