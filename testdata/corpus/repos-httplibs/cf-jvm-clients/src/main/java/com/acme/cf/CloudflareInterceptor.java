package com.acme.cf;

import java.io.IOException;
import java.util.Objects;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds Cloudflare Global API Key credentials to every request sent to
 * {@value #BASE_URL}. Values are injected from {@link CloudflareProperties}.
 */
public final class CloudflareInterceptor implements Interceptor {

    public static final String BASE_URL = "https://api.cloudflare.com/client/v4/";

    private final String email;
    private final String apiKey;

    public CloudflareInterceptor(String email, String apiKey) {
        this.email = Objects.requireNonNull(email, "cloudflare.email");
        this.apiKey = Objects.requireNonNull(apiKey, "cloudflare.api-key");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request().newBuilder()
                .addHeader("X-Auth-Email", email)
                .addHeader("X-Auth-Key", apiKey)
                .addHeader("Accept", "application/json")
                .build();
        return chain.proceed(request);
    }
}
