package com.northwind.edge;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Purges cache for the CMS. Written before API tokens existed; still uses the
 * account owner's Global API Key.
 */
public class LegacyPurgeClient {

    private static final String API_BASE = "https://api.cloudflare.com/client/v4";
    private static final String ACCOUNT_EMAIL = "webmaster@northwind-media.com";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient client = new OkHttpClient.Builder()
            .connectTimeout(10, TimeUnit.SECONDS)
            .readTimeout(30, TimeUnit.SECONDS)
            .retryOnConnectionFailure(true)
            .build();

    public String purge(String zoneId, List<String> urls) throws IOException {
        StringBuilder files = new StringBuilder();
        for (String u : urls) {
            if (files.length() > 0) {
                files.append(',');
            }
            files.append('"').append(u).append('"');
        }
        RequestBody body = RequestBody.create("{\"files\":[" + files + "]}", JSON);

        Request request = new Request.Builder()
                .url(API_BASE + "/zones/" + zoneId + "/purge_cache")
                .addHeader("X-Auth-Email", ACCOUNT_EMAIL)
                .addHeader("X-Auth-Key", "{{hex37}}")
                .post(body)
                .build();

        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("purge failed: " + response.code() + " " + response.body().string());
            }
            return response.body().string();
        }
    }
}
