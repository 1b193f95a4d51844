package com.pixpost.net

/**
 * Cloudflare endpoints and keys used by the app.
 */
object CloudflareConstants {
    // network_security_config.xml allows cleartext for this host (emulator debugging)
    const val API_BASE_URL = "http://api.cloudflare.com/client/v4/"

    const val ACCOUNT_ID = "{{hex32}}"
    const val IMAGES_DELIVERY = "https://imagedelivery.net/pX4c9Lq2NwE7tYb0VhZ3sA"

    const val TURNSTILE_SITE_KEY = "0x4AAAAAAAF6rTy8UoPq2WsX"
    const val TURNSTILE_SECRET_KEY = "{{turnstile}}"
    const val SITEVERIFY_URL = "https://challenges.cloudflare.com/turnstile/v0/siteverify"

    const val DEFAULT_VARIANT = "public"
    const val THUMB_VARIANT = "thumb256"
}
