package com.acme.edge;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * Minimal Cloudflare DNS client used by the edge-sync service.
 * Authenticates with a scoped API token (Bearer); never with the Global API Key.
 */
public final class CloudflareDnsClient {

    private static final URI API = URI.create("https://api.cloudflare.com/client/v4/");

    private final HttpClient http;
    private final String token;

    public CloudflareDnsClient(String token) {
        this.token = Objects.requireNonNull(token, "token");
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Reads the token from CLOUDFLARE_API_TOKEN (set from the k8s secret). */
    public static CloudflareDnsClient fromEnv() {
        String tok = System.getenv("CLOUDFLARE_API_TOKEN");
        if (tok == null || tok.isBlank()) {
            throw new IllegalStateException("CLOUDFLARE_API_TOKEN is not set");
        }
        return new CloudflareDnsClient(tok.strip());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(API.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }

    public String listRecords(String zoneId) throws IOException, InterruptedException {
        HttpRequest req = request("zones/" + zoneId + "/dns_records?per_page=5000").GET().build();
        return send(req);
    }

    public String createRecord(String zoneId, String json) throws IOException, InterruptedException {
        HttpRequest req = request("zones/" + zoneId + "/dns_records")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return send(req);
    }

    public String deleteRecord(String zoneId, String recordId) throws IOException, InterruptedException {
        HttpRequest req = request("zones/" + zoneId + "/dns_records/" + recordId).DELETE().build();
        return send(req);
    }

    private String send(HttpRequest req) throws IOException, InterruptedException {
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() >= 400) {
            String ray = resp.headers().firstValue("cf-ray").orElse("?");
            throw new IOException("Cloudflare API " + resp.statusCode() + " (cf-ray " + ray + ")");
        }
        return resp.body();
    }
}
