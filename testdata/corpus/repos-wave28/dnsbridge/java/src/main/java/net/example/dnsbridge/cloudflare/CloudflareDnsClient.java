package net.example.dnsbridge.cloudflare;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * Thin client for the Cloudflare v4 DNS endpoints used by dnsbridge.
 *
 * <p>Authenticates with the legacy e-mail + Global API Key pair; the values are
 * injected by the service's environment (see deploy/dnsbridge.env.tpl).
 */
public final class CloudflareDnsClient {

    private static final String API_BASE = "https://api.cloudflare.com/client/v4";

    private final HttpClient http;
    private final String authEmail;
    private final String authKey;

    public CloudflareDnsClient() {
        this(System.getenv("CF_AUTH_EMAIL"), System.getenv("CF_AUTH_KEY"));
    }

    CloudflareDnsClient(String authEmail, String authKey) {
        this.authEmail = Objects.requireNonNull(authEmail, "CF_AUTH_EMAIL");
        this.authKey = Objects.requireNonNull(authKey, "CF_AUTH_KEY");
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_2)
                .build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(API_BASE + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("X-Auth-Email", authEmail)
                .header("X-Auth-Key", authKey);
    }

    public String listRecords(String zoneId, String name) throws IOException, InterruptedException {
        HttpRequest req = request("/zones/" + zoneId + "/dns_records?name=" + name).GET().build();
        return send(req);
    }

    public String createRecord(String zoneId, String json) throws IOException, InterruptedException {
        HttpRequest req = request("/zones/" + zoneId + "/dns_records")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return send(req);
    }

    public String deleteRecord(String zoneId, String recordId) throws IOException, InterruptedException {
        HttpRequest req = request("/zones/" + zoneId + "/dns_records/" + recordId).DELETE().build();
        return send(req);
    }

    private String send(HttpRequest req) throws IOException, InterruptedException {
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() / 100 != 2) {
            throw new IOException("Cloudflare API " + req.method() + " " + req.uri().getPath()
                    + " -> " + resp.statusCode() + ": " + resp.body());
        }
        return resp.body();
    }
}
