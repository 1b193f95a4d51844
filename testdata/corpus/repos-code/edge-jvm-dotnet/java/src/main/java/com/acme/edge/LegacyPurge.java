package com.acme.edge;

import java.io.IOException;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactoryBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/** Apache HttpClient 5 purge path, still on Global API Key auth (ticket EDGE-88). */
public final class LegacyPurge {

    private LegacyPurge() {}

    static CloseableHttpClient client() {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setSSLSocketFactory(SSLConnectionSocketFactoryBuilder.create()
                                .setHostnameVerifier(NoopHostnameVerifier.INSTANCE)
                                .build())
                        .build())
                .build();
    }

    public static int purgeFiles(String zoneId, String filesJson) throws IOException {
        HttpPost post = new HttpPost("https://api.cloudflare.com/client/v4/zones/" + zoneId + "/purge_cache");
        post.setHeader("X-Auth-Email", System.getenv("CF_API_EMAIL"));
        post.setHeader("X-Auth-Key", System.getenv("CF_API_KEY"));
        post.setEntity(new StringEntity("{\"files\":" + filesJson + "}", ContentType.APPLICATION_JSON));
        try (CloseableHttpClient c = client()) {
            return c.execute(post, resp -> {
                EntityUtils.consume(resp.getEntity());
                return resp.getCode();
            });
        }
    }
}
