package com.acme.edge.lab;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Power-cycles lab connector nodes through the rack PDU's web API.
 * The PDU (pdu-r12.lab.internal) only has a factory self-signed certificate
 * that cannot be replaced, so this client trusts any certificate. It is only
 * ever constructed with the lab PDU address.
 */
public final class PduClient {

    private static final URI PDU = URI.create("https://pdu-r12.lab.internal/");

    private static final TrustManager[] TRUST_ALL = new TrustManager[] {
        new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }
    };

    private final HttpClient http;
    private final String basicAuth;

    public PduClient(String user, String password) throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, TRUST_ALL, new SecureRandom());
        SSLParameters params = new SSLParameters();
        params.setEndpointIdentificationAlgorithm(""); // PDU cert CN is "localhost"
        this.http = HttpClient.newBuilder()
                .sslContext(ctx)
                .sslParameters(params)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.basicAuth = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes());
    }

    public static PduClient fromEnv() throws Exception {
        return new PduClient(System.getenv("LAB_PDU_USER"), System.getenv("LAB_PDU_PASSWORD"));
    }

    /** Cycles an outlet (1-based) and returns the PDU's status text. */
    public String cycleOutlet(int outlet) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(PDU.resolve("api/outlets/" + outlet + "/cycle"))
                .header("Authorization", basicAuth)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
