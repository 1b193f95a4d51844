package com.acme.storefront.cloudflare;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Purges product page URLs from the Cloudflare cache after a catalogue update.
 * The token is bound from cloudflare.api-token (environment / parameter store).
 */
@Component
public class CloudflarePurgeClient {

    private static final Logger log = LoggerFactory.getLogger(CloudflarePurgeClient.class);

    private final RestClient rest;
    private final String zoneId;
    private final int batchSize;

    public CloudflarePurgeClient(
            RestClient.Builder builder,
            @Value("${cloudflare.api-base-url:https://api.cloudflare.com/client/v4}") String baseUrl,
            @Value("${cloudflare.api-token}") String apiToken,
            @Value("${cloudflare.zone-id}") String zoneId,
            @Value("${cloudflare.purge.batch-size:30}") int batchSize) {
        this.rest = builder
                .baseUrl(baseUrl)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + apiToken)
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .build();
        this.zoneId = zoneId;
        this.batchSize = batchSize;
    }

    public void purgeUrls(List<String> urls) {
        for (int i = 0; i < urls.size(); i += batchSize) {
            List<String> batch = urls.subList(i, Math.min(urls.size(), i + batchSize));
            rest.post()
                    .uri("/zones/{zone}/purge_cache", zoneId)
                    .body(Map.of("files", batch))
                    .retrieve()
                    .toBodilessEntity();
            log.info("purged {} urls from zone {}", batch.size(), zoneId);
        }
    }
}
