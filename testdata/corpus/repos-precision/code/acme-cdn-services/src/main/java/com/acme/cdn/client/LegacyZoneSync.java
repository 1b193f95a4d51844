package com.acme.cdn.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Nightly job that copies DNS records from the old zone into the new one.
 * Kept around until the migration ticket CDN-412 is closed.
 */
public final class LegacyZoneSync {

    private static final String API = "https://api.cloudflare.com/client/v4";
    private static final String CLOUDFLARE_API_TOKEN = "{{tok40}}";
    private static final String SOURCE_ZONE = "{{hex32}}";
    private static final String TARGET_ZONE = "{{hex32}}";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public String exportRecords() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(API + "/zones/" + SOURCE_ZONE + "/dns_records/export"))
                .header("Authorization", "Bearer " + CLOUDFLARE_API_TOKEN)
                .GET()
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    public int importRecords(String bindFile) throws Exception {
        String boundary = "----acme" + System.nanoTime();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"zone.txt\"\r\n\r\n"
                + bindFile + "\r\n--" + boundary + "--\r\n";
        HttpRequest req = HttpRequest.newBuilder(URI.create(API + "/zones/" + TARGET_ZONE + "/dns_records/import"))
                .header("Authorization", "Bearer " + CLOUDFLARE_API_TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    public static void main(String[] args) throws Exception {
        LegacyZoneSync sync = new LegacyZoneSync();
        System.out.println(sync.importRecords(sync.exportRecords()));
    }
}
