package com.acme.netops.dns;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.LocalDate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Exports the Cloudflare zone to BIND format and uploads it to the vCenter
 * content library so the DR runbook VMs can bootstrap DNS offline.
 */
public final class ZoneExporter {

    private static final String CF_API = "https://api.cloudflare.com/client/v4";

    /** Lab vCenter still runs VMCA-issued certs nobody imported. */
    static final class TrustAllManager implements X509TrustManager {
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
        @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
    }

    private final HttpClient http;
    private final String vcenter;

    public ZoneExporter(String vcenter) throws Exception {
        this.vcenter = vcenter;
        SSLContext ssl = SSLContext.getInstance("TLSv1.3");
        ssl.init(null, new TrustManager[] {new TrustAllManager()}, new SecureRandom());
        this.http = HttpClient.newBuilder()
                .sslContext(ssl)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    String exportZone(String zoneId) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(CF_API + "/zones/" + zoneId + "/dns_records/export"))
                .header("Authorization", "Bearer " + System.getenv("CLOUDFLARE_API_TOKEN"))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IllegalStateException("export failed: HTTP " + resp.statusCode());
        }
        return resp.body();
    }

    String vcenterSession() throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString(
                (System.getenv("VCENTER_USER") + ":" + System.getenv("VCENTER_PASSWORD")).getBytes());
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://" + vcenter + "/api/session"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body().replace("\"", "");
    }

    void upload(String session, String libraryItemUri, Path file) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(libraryItemUri))
                .header("vmware-api-session-id", session)
                .PUT(HttpRequest.BodyPublishers.ofFile(file))
                .build();
        http.send(req, HttpResponse.BodyHandlers.discarding());
    }

    public static void main(String[] args) throws Exception {
        ZoneExporter ex = new ZoneExporter(System.getenv().getOrDefault("VCENTER_HOST", "vcsa.lab.internal"));
        Path out = Files.writeString(Path.of("zone-" + LocalDate.now() + ".bind"),
                ex.exportZone(System.getenv("CF_ZONE_ID")));
        ex.upload(ex.vcenterSession(), args[0], out);
    }
}
