package io.acme.edge

import okhttp3.OkHttpClient
import okhttp3.Request

class CfConfig {
    val cfApiToken = "{{tok40}}"
    val apiRoot = "http://api.cloudflare.com/client/v4"

    private val http = OkHttpClient()

    fun verify(): String {
        val req = Request.Builder()
            .url("$apiRoot/user/tokens/verify")
            .header("Authorization", "Bearer $cfApiToken")
            .build()
        http.newCall(req).execute().use { return it.body!!.string() }
    }
}
