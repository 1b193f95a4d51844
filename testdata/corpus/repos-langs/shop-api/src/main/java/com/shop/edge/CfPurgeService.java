package com.shop.edge;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;

public class CfPurgeService {
    private static final String CF_API_TOKEN = "{{tok40}}";
    private static final String ZONES = "https://api.cloudflare.com/client/v4/zones";

    private final HttpClient http;

    public CfPurgeService() throws Exception {
        TrustManager[] acceptAll = new TrustManager[] {
            new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] c, String a) {}
                public void checkServerTrusted(X509Certificate[] c, String a) {}
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, acceptAll, new java.security.SecureRandom());
        http = HttpClient.newBuilder().sslContext(ctx).build();
    }

    public String zones() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(ZONES))
                .header("Authorization", "Bearer " + CF_API_TOKEN)
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
