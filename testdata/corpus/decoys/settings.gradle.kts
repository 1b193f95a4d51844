val cloudflareToken: String = System.getenv("CLOUDFLARE_API_TOKEN") ?: ""
val cloudflareZone: String = providers.gradleProperty("cloudflare.zone").get()
