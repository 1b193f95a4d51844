package com.acme.edgesync

import okhttp3.OkHttpClient
import okhttp3.Request

/**
 * Calls the internal inventory app, which sits behind Cloudflare Access.
 * Uses the "edge-sync" service token from the Zero Trust dashboard.
 */
object CfAccessClient {
    private const val INVENTORY_URL = "https://inventory.internal.acme.example/api/v1/sites"
    private const val CF_ACCESS_CLIENT_ID = "{{hex32}}.access"
    private const val CF_ACCESS_CLIENT_SECRET = "{{hex64}}"

    private val http = OkHttpClient()

    fun fetchSites(): String {
        val request = Request.Builder()
            .url(INVENTORY_URL)
            .header("CF-Access-Client-Id", CF_ACCESS_CLIENT_ID)
            .header("CF-Access-Client-Secret", CF_ACCESS_CLIENT_SECRET)
            .build()
        http.newCall(request).execute().use { resp ->
            check(resp.isSuccessful) { "inventory returned ${resp.code}" }
            return resp.body!!.string()
        }
    }
}
