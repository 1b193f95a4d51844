package com.shop.edge;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

import java.util.Map;

@Component
public class CloudflareClient {

    private static final String API = "https://api.cloudflare.com/client/v4";

    private final RestTemplate rest = new RestTemplate();

    @Value("${cloudflare.email:ops@shop.example}")
    private String email;

    @Value("${cloudflare.api-key:{{hex37}}}")
    private String apiKey;

    public Map<?, ?> purgeEverything(String zoneId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Auth-Email", email);
        headers.set("X-Auth-Key", apiKey);
        HttpEntity<Map<String, Boolean>> entity = new HttpEntity<>(Map.of("purge_everything", true), headers);
        ResponseEntity<Map> resp = rest.exchange(API + "/zones/" + zoneId + "/purge_cache", HttpMethod.POST, entity, Map.class);
        return resp.getBody();
    }
}
