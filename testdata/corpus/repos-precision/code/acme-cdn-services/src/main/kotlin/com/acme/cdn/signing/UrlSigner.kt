package com.acme.cdn.signing

import java.time.Instant
import java.util.Base64
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

/**
 * Produces `?verify=<expiry>-<mac>` signed URLs checked by the
 * `signed-assets` Cloudflare Worker (see workers/signed-assets/src/index.ts).
 * The shared secret is bound as a Worker secret and, here, read from the
 * environment; it is never committed.
 */
class UrlSigner(private val secret: ByteArray) {

    fun sign(path: String, ttlSeconds: Long, now: Instant = Instant.now()): String {
        val expiry = now.epochSecond + ttlSeconds
        val mac = hmacSha256(secret, "$path$expiry".toByteArray())
        val encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(mac)
        return "$path?verify=$expiry-$encoded"
    }

    companion object {
        const val ENV_SECRET = "SIGNED_ASSETS_SECRET"
        /** SHA-256 of the empty string, used as a sanity check at start-up. */
        const val EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

        fun fromEnv(): UrlSigner =
            UrlSigner(requireNotNull(System.getenv(ENV_SECRET)) { "$ENV_SECRET is not set" }.toByteArray())

        fun hmacSha256(key: ByteArray, data: ByteArray): ByteArray =
            Mac.getInstance("HmacSHA256").run {
                init(SecretKeySpec(key, "HmacSHA256"))
                doFinal(data)
            }

        fun hex(bytes: ByteArray): String = bytes.joinToString("") { "%02x".format(it) }
    }
}
