#!/usr/bin/env kotlin

@file:DependsOn("io.ktor:ktor-client-cio-jvm:2.3.12")
@file:DependsOn("org.jetbrains.kotlinx:kotlinx-coroutines-core-jvm:1.8.1")

import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.client.request.bearerAuth
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.client.statement.bodyAsText
import io.ktor.http.ContentType
import io.ktor.http.contentType
import kotlinx.coroutines.runBlocking

// Usage: CLOUDFLARE_API_TOKEN=... ./purge-cache.main.kts <zone-id> <url>...
// Create the token under My Profile > API Tokens with Zone.Cache Purge only.
val token = System.getenv("CLOUDFLARE_API_TOKEN")
    ?: error("CLOUDFLARE_API_TOKEN not set")
val zoneId = args.getOrNull(0) ?: error("zone id required")
val urls = args.drop(1).ifEmpty { error("at least one URL required") }

fun redact(t: String) = t.take(5) + "****"

runBlocking {
    HttpClient(CIO) {
        expectSuccess = true
        engine { requestTimeout = 20_000 }
    }.use { client ->
        println("purging ${urls.size} url(s) on $zoneId with token ${redact(token)}")
        val resp = client.post("https://api.cloudflare.com/client/v4/zones/$zoneId/purge_cache") {
            bearerAuth(token)
            contentType(ContentType.Application.Json)
            setBody(urls.joinToString(prefix = "{\"files\":[", postfix = "]}") { "\"$it\"" })
        }
        println("${resp.status}: ${resp.bodyAsText()}")
    }
}
