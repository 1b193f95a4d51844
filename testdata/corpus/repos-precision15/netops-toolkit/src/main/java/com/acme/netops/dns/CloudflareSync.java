package com.acme.netops.dns;

import java.io.IOException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Reads the management NIC address from each HPE iLO and publishes it to Cloudflare.
 */
public final class CloudflareSync {

    private static final String CF_API = "https://api.cloudflare.com/client/v4";
    private static final MediaType JSON = MediaType.get("application/json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OkHttpClient cf;
    private final OkHttpClient ilo;
    private final String zoneId;

    public CloudflareSync(String zoneId) throws Exception {
        this.zoneId = zoneId;
        this.cf = new OkHttpClient.Builder()
                .callTimeout(Duration.ofSeconds(20))
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("Authorization", "Bearer " + System.getenv("CF_API_TOKEN"))
                        .build()))
                .build();

        // iLOs still run the factory certificate; only used on the OOB VLAN.
        X509TrustManager trustAll = new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] c, String a) { }
            @Override public void checkServerTrusted(X509Certificate[] c, String a) { }
            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        this.ilo = new OkHttpClient.Builder()
                .sslSocketFactory(ctx.getSocketFactory(), trustAll)
                .hostnameVerifier((host, session) -> true)
                .callTimeout(Duration.ofSeconds(10))
                .build();
    }

    String iloAddress(String host) throws IOException {
        Request req = new Request.Builder()
                .url("https://" + host + "/redfish/v1/Managers/1/EthernetInterfaces/1")
                .header("Authorization", Credentials.basic(System.getenv("ILO_USER"), System.getenv("ILO_PASSWORD")))
                .build();
        try (Response resp = ilo.newCall(req).execute()) {
            JsonNode node = MAPPER.readTree(resp.body().string());
            return node.path("IPv4Addresses").path(0).path("Address").asText();
        }
    }

    void publish(String name, String ip) throws IOException {
        String body = MAPPER.writeValueAsString(Map.of("type", "A", "name", name, "content", ip, "ttl", 600));
        Request req = new Request.Builder()
                .url(CF_API + "/zones/" + zoneId + "/dns_records")
                .post(RequestBody.create(body, JSON))
                .build();
        try (Response resp = cf.newCall(req).execute()) {
            if (!resp.isSuccessful()) {
                throw new IOException("Cloudflare returned " + resp.code() + " for " + name);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        CloudflareSync sync = new CloudflareSync(System.getenv("CF_ZONE_ID"));
        for (String host : args) {
            sync.publish(host.split("\\.")[0] + ".oob.example.org", sync.iloAddress(host));
        }
    }
}
