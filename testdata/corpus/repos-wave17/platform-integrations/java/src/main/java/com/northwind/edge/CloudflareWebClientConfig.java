package com.northwind.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * WebClient bean for the Cloudflare API. The token is bound from
 * {@code cloudflare.api-token}, which application.yml maps to
 * {@code ${CLOUDFLARE_API_TOKEN}} (injected from AWS Secrets Manager by the
 * ECS task definition).
 */
@Configuration
@EnableConfigurationProperties(CloudflareWebClientConfig.CloudflareProperties.class)
public class CloudflareWebClientConfig {

    @ConfigurationProperties(prefix = "cloudflare")
    public record CloudflareProperties(String baseUrl, String apiToken, String accountId) {
        public CloudflareProperties {
            if (baseUrl == null || baseUrl.isBlank()) {
                baseUrl = "https://api.cloudflare.com/client/v4";
            }
        }
    }

    @Bean
    public WebClient cloudflareWebClient(WebClient.Builder builder, CloudflareProperties props) {
        return builder
                .baseUrl(props.baseUrl())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.apiToken())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .codecs(c -> c.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
                .build();
    }
}
