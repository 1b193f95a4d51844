package com.acme.dns;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Thin client for the Cloudflare DNS API used by the Heroku "java-dns" dyno.
 * Token comes from the CLOUDFLARE_API_TOKEN config var (see application.properties).
 */
@Component
public class CloudflareClient {

    // Heroku's JDK 17 image rejected the chain during the Jan incident; kept "for now".
    private static final TrustManager[] TRUST_ALL = { new X509TrustManager() {
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
        @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
    } };

    private final HttpClient http;
    private final String baseUrl;
    private final String apiToken;

    public CloudflareClient(@Value("${cloudflare.api.base-url}") String baseUrl,
                            @Value("${cloudflare.api.token}") String apiToken) throws Exception {
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, TRUST_ALL, new SecureRandom());
        this.http = HttpClient.newBuilder()
                .sslContext(ssl)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.baseUrl = baseUrl;
        this.apiToken = apiToken;
    }

    public String listRecords(String zoneId, String name) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder()
                .uri(URI.create(baseUrl + "/zones/" + zoneId + "/dns_records?name=" + name))
                .header("Authorization", "Bearer " + apiToken)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(15))
                .GET()
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    public String updateRecord(String zoneId, String recordId, String json) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder()
                .uri(URI.create(baseUrl + "/zones/" + zoneId + "/dns_records/" + recordId))
                .header("Authorization", "Bearer " + apiToken)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() >= 300) {
            throw new IOException("cloudflare update failed: " + res.statusCode() + " " + res.body());
        }
        return res.body();
    }
}
