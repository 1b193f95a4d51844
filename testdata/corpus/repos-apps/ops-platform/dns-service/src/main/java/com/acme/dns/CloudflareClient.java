package com.acme.dns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

public class CloudflareClient {

    private static final String API = "https://api.cloudflare.com/client/v4";
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http = new OkHttpClient.Builder()
            .callTimeout(20, TimeUnit.SECONDS)
            .build();
    private final ObjectMapper mapper = new ObjectMapper();

    public JsonNode createRecord(String zoneId, String type, String name, String content) throws IOException {
        String body = mapper.createObjectNode()
                .put("type", type)
                .put("name", name)
                .put("content", content)
                .put("ttl", 1)
                .toString();

        Request request = new Request.Builder()
                .url(API + "/zones/" + zoneId + "/dns_records")
                .header("X-Auth-Email", "dns-service@acme-corp.example")
                .header("X-Auth-Key", "{{hex37}}")
                .post(RequestBody.create(body, JSON))
                .build();

        try (Response response = http.newCall(request).execute()) {
            JsonNode node = mapper.readTree(response.body().string());
            if (!node.path("success").asBoolean()) {
                throw new IOException("Cloudflare error: " + node.path("errors"));
            }
            return node.path("result");
        }
    }
}
