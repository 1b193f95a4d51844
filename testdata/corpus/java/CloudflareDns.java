package com.example.dns;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class CloudflareDns {
    private static final String API = "https://api.cloudflare.com/client/v4";
    private static final String EMAIL = "infra@example.com";
    private static final String API_KEY = "{{hex37}}";

    private final HttpClient http = HttpClient.newHttpClient();

    public String listRecords(String zoneId) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(API + "/zones/" + zoneId + "/dns_records"))
                .header("X-Auth-Email", EMAIL)
                .header("X-Auth-Key", API_KEY)
                .GET()
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
