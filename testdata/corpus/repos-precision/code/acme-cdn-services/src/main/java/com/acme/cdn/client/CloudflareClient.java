package com.acme.cdn.client;

import com.acme.cdn.config.CloudflareProperties;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

@Component
public class CloudflareClient {

    private final WebClient web;
    private final CloudflareProperties props;

    public CloudflareClient(WebClient.Builder builder, CloudflareProperties props) {
        this.props = props;
        this.web = builder
                .baseUrl(props.baseUrl())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.apiToken())
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    public Mono<JsonNode> purgeFiles(String zoneId, List<String> urls) {
        return web.post()
                .uri("/zones/{zone}/purge_cache", zoneId)
                .bodyValue(Map.of("files", urls))
                .retrieve()
                .bodyToMono(JsonNode.class);
    }

    public Mono<JsonNode> listWorkers() {
        return web.get()
                .uri("/accounts/{account}/workers/scripts", props.accountId())
                .retrieve()
                .bodyToMono(JsonNode.class);
    }
}
