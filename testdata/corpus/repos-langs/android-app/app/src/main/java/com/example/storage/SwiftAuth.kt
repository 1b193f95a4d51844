package com.example.storage

import okhttp3.OkHttpClient
import okhttp3.Request

class SwiftAuth(private val http: OkHttpClient) {
    fun token(user: String, key: String): String? {
        val req = Request.Builder()
            .url("https://objects.example-cloud.net/auth/v1.0")
            .header("X-Auth-User", user)
            .header("X-Auth-Key", key)
            .build()
        http.newCall(req).execute().use { return it.header("X-Auth-Token") }
    }
}
