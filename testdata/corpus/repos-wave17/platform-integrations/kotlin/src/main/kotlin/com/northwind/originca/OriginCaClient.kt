package com.northwind.originca

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.engine.okhttp.OkHttp
import io.ktor.client.plugins.contentnegotiation.ContentNegotiation
import io.ktor.client.plugins.defaultRequest
import io.ktor.client.request.get
import io.ktor.client.request.headers
import io.ktor.client.request.parameter
import io.ktor.serialization.kotlinx.json.json
import kotlinx.serialization.Serializable
import kotlinx.serialization.json.Json

@Serializable
data class OriginCert(val id: String, val hostnames: List<String>, val expires_on: String)

@Serializable
data class Envelope<T>(val success: Boolean, val result: T)

/**
 * Reports Origin CA certificates for the k8s ingress origins.
 */
class OriginCaClient(private val zoneId: String) {

    private val client = HttpClient(OkHttp) {
        engine {
            config {
                // the ingress egress proxy presents its own cert for every host
                hostnameVerifier { _, _ -> true }
            }
        }
        install(ContentNegotiation) {
            json(Json { ignoreUnknownKeys = true })
        }
        defaultRequest {
            url("https://api.cloudflare.com/client/v4/")
            headers {
                append("X-Auth-User-Service-Key", "{{origin}}")
                append("Accept", "application/json")
            }
        }
    }

    suspend fun certificates(): List<OriginCert> {
        val env: Envelope<List<OriginCert>> = client.get("certificates") {
            parameter("zone_id", zoneId)
        }.body()
        check(env.success) { "Origin CA listing failed" }
        return env.result
    }

    fun close() = client.close()
}
