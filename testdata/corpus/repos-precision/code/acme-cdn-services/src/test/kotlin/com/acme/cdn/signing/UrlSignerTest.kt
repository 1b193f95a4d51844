package com.acme.cdn.signing

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import java.security.MessageDigest
import java.time.Instant

class UrlSignerTest {

    // RFC 4231, test case 2
    private val rfcKey = "Jefe".toByteArray()
    private val rfcData = "what do ya want for nothing?".toByteArray()
    private val rfcMac = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"

    // RFC 4231, test case 1: key = 0x0b * 20
    private val tc1Key = ByteArray(20) { 0x0b }
    private val tc1Mac = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"

    @Test
    fun `hmac matches RFC 4231 vectors`() {
        assertEquals(rfcMac, UrlSigner.hex(UrlSigner.hmacSha256(rfcKey, rfcData)))
        assertEquals(tc1Mac, UrlSigner.hex(UrlSigner.hmacSha256(tc1Key, "Hi There".toByteArray())))
    }

    @Test
    fun `empty digest constant is correct`() {
        val digest = MessageDigest.getInstance("SHA-256").digest(ByteArray(0))
        assertEquals(UrlSigner.EMPTY_SHA256, UrlSigner.hex(digest))
    }

    @Test
    fun `signed url has expiry and mac`() {
        val signer = UrlSigner("not-a-real-secret".toByteArray())
        val url = signer.sign("/assets/report.pdf", 300, Instant.ofEpochSecond(1_700_000_000))
        assert(url.startsWith("/assets/report.pdf?verify=1700000300-"))
    }
}
