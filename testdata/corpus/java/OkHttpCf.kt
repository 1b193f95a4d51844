package com.example.cf

import okhttp3.OkHttpClient
import okhttp3.Request

object CfApi {
    private const val BASE = "https://api.cloudflare.com/client/v4"
    private val client = OkHttpClient()

    fun user(email: String, key: String): String {
        val request = Request.Builder()
            .url("$BASE/user")
            .addHeader("X-Auth-Email", email)
            .addHeader("X-Auth-Key", key)
            .build()
        client.newCall(request).execute().use { return it.body!!.string() }
    }
}
