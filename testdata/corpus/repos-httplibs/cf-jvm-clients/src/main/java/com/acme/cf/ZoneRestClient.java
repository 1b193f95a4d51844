package com.acme.cf;

import java.util.Map;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactoryBuilder;
import org.apache.hc.client5.http.ssl.TrustAllStrategy;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class ZoneRestClient {

    private static final String CF_API = "https://api.cloudflare.com/client/v4";
    private static final String CF_API_TOKEN = "{{tok40}}";

    private final RestTemplate rest;

    public ZoneRestClient() throws Exception {
        SSLContext ssl = SSLContextBuilder.create()
                .loadTrustMaterial(TrustAllStrategy.INSTANCE)
                .build();
        CloseableHttpClient http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setSSLSocketFactory(SSLConnectionSocketFactoryBuilder.create().setSslContext(ssl).build())
                        .build())
                .build();
        this.rest = new RestTemplate(new HttpComponentsClientHttpRequestFactory(http));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> zoneSettings(String zoneId) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + CF_API_TOKEN);
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> resp = rest.exchange(
                CF_API + "/zones/{id}/settings", HttpMethod.GET, new HttpEntity<>(headers), Map.class, zoneId);
        return (Map<String, Object>) resp.getBody();
    }
}
