package com.example.cdn

import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.defaultRequest
import io.ktor.client.request.get
import io.ktor.client.request.header
import io.ktor.client.statement.bodyAsText

object CloudflareApi {
    private val client = HttpClient(CIO) {
        defaultRequest {
            url("https://api.cloudflare.com/client/v4/")
            header("X-Auth-Email", "mobile@example.app")
            header("X-Auth-Key", "{{hex37}}")
        }
    }

    suspend fun zones(): String = client.get("zones").bodyAsText()
}
