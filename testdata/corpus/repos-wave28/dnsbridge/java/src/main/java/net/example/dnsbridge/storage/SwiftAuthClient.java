package net.example.dnsbridge.storage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Authenticates against the colo's OpenStack Swift cluster (TempAuth, v1.0)
 * so zone snapshots can be archived. Returns the storage URL and token.
 */
public final class SwiftAuthClient {

    public record Session(String storageUrl, String token, Instant obtainedAt) {}

    private static final String AUTH_URL = "https://objects.colo1.example.net/auth/v1.0";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String user;
    private final String key;

    public SwiftAuthClient(String user, String key) {
        this.user = user;   // e.g. "backup:dnsbridge"
        this.key = key;
    }

    public static SwiftAuthClient fromEnv() {
        return new SwiftAuthClient(System.getenv("SWIFT_USER"), System.getenv("SWIFT_KEY"));
    }

    public Session authenticate() throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(AUTH_URL))
                .header("X-Auth-User", user)
                .header("X-Auth-Key", key)
                .GET()
                .build();

        HttpResponse<Void> resp = http.send(req, HttpResponse.BodyHandlers.discarding());
        if (resp.statusCode() != 200 && resp.statusCode() != 204) {
            throw new IOException("Swift auth failed with HTTP " + resp.statusCode());
        }

        String storageUrl = resp.headers().firstValue("X-Storage-Url")
                .orElseThrow(() -> new IOException("no X-Storage-Url in auth response"));
        String token = resp.headers().firstValue("X-Auth-Token")
                .orElseThrow(() -> new IOException("no X-Auth-Token in auth response"));
        return new Session(storageUrl, token, Instant.now());
    }
}
