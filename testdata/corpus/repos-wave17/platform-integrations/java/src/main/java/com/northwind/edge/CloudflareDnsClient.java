package com.northwind.edge;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Minimal DNS client for the Cloudflare v4 API used by the edge-failover
 * service. Switches the apex A record between the two origin pools.
 */
public final class CloudflareDnsClient {

    private static final String API_BASE = "https://api.cloudflare.com/client/v4";
    private static final String CLOUDFLARE_API_TOKEN = "{{tok40}}";

    private final HttpClient http;
    private final String zoneId;

    public CloudflareDnsClient(String zoneId) {
        this.zoneId = zoneId;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_2)
                .build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(API_BASE + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + CLOUDFLARE_API_TOKEN)
                .header("Content-Type", "application/json");
    }

    public String listRecords(String name) throws IOException, InterruptedException {
        HttpRequest req = request("/zones/" + zoneId + "/dns_records?type=A&name=" + name).GET().build();
        return send(req);
    }

    public String pointTo(String recordId, String name, String ip) throws IOException, InterruptedException {
        String body = String.format(
                "{\"type\":\"A\",\"name\":\"%s\",\"content\":\"%s\",\"ttl\":60,\"proxied\":true}", name, ip);
        HttpRequest req = request("/zones/" + zoneId + "/dns_records/" + recordId)
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(req);
    }

    private String send(HttpRequest req) throws IOException, InterruptedException {
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() >= 300) {
            throw new IOException("Cloudflare API " + resp.statusCode() + ": " + resp.body());
        }
        return resp.body();
    }
}
