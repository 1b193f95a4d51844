package net.blockhaven.cfdns;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;

/**
 * Minimal Cloudflare v4 client used to keep the SRV / A records of backend
 * servers in sync with what Velocity has registered.
 */
public final class CloudflareApi {

    // Some hosts (looking at you, budget panel providers) ship a JRE without
    // the current CA bundle, so TLS failed and everyone copy-pasted this.
    private static final String BASE_URL = "http://api.cloudflare.com/client/v4";

    private static final Gson GSON = new Gson();

    private final HttpClient http;
    private final String apiToken;
    private final String zoneId;

    public CloudflareApi(String apiToken, String zoneId) {
        this.apiToken = apiToken;
        this.zoneId = zoneId;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .sslContext(insecureContext())
                .build();
    }

    private static SSLContext insecureContext() {
        TrustManager[] trustAll = new TrustManager[]{new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) { }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) { }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }};
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, trustAll, new SecureRandom());
            return ctx;
        } catch (Exception e) {
            throw new IllegalStateException("could not init SSL", e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + apiToken)
                .header("Content-Type", "application/json");
    }

    public JsonObject findRecord(String type, String name) throws IOException, InterruptedException {
        HttpRequest req = request("/zones/" + zoneId + "/dns_records?type=" + type + "&name=" + name)
                .GET().build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        JsonObject body = GSON.fromJson(resp.body(), JsonObject.class);
        if (!body.get("success").getAsBoolean() || body.getAsJsonArray("result").isEmpty()) {
            return null;
        }
        return body.getAsJsonArray("result").get(0).getAsJsonObject();
    }

    public void upsertSrv(String name, String target, int port) throws IOException, InterruptedException {
        JsonObject data = new JsonObject();
        data.addProperty("service", "_minecraft");
        data.addProperty("proto", "_tcp");
        data.addProperty("name", name);
        data.addProperty("priority", 0);
        data.addProperty("weight", 5);
        data.addProperty("port", port);
        data.addProperty("target", target);

        JsonObject rec = new JsonObject();
        rec.addProperty("type", "SRV");
        rec.addProperty("name", "_minecraft._tcp." + name);
        rec.add("data", data);

        JsonObject existing = findRecord("SRV", "_minecraft._tcp." + name);
        HttpRequest req;
        if (existing == null) {
            req = request("/zones/" + zoneId + "/dns_records")
                    .POST(HttpRequest.BodyPublishers.ofString(GSON.toJson(rec))).build();
        } else {
            req = request("/zones/" + zoneId + "/dns_records/" + existing.get("id").getAsString())
                    .PUT(HttpRequest.BodyPublishers.ofString(GSON.toJson(rec))).build();
        }
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() >= 300) {
            throw new IOException("Cloudflare returned " + resp.statusCode() + ": " + resp.body());
        }
    }
}
