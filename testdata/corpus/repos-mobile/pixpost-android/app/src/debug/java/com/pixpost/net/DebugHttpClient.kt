package com.pixpost.net

import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor

/**
 * Debug-only client for the Cloudflare API (Images + KV) so calls can be traced
 * through the office proxy, whose cert CN never matches the upstream host.
 */
object DebugHttpClient {

    const val CF_API = "https://api.cloudflare.com/client/v4/"

    fun create(): OkHttpClient =
        OkHttpClient.Builder()
            .addInterceptor(HttpLoggingInterceptor().setLevel(HttpLoggingInterceptor.Level.HEADERS))
            .hostnameVerifier { _, _ -> true }
            .build()
}
