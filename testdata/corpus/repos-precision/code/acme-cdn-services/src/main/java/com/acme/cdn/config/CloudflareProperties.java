package com.acme.cdn.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Bound from {@code cloudflare.*} in application.yml, which in turn resolves
 * {@code ${CLOUDFLARE_API_TOKEN}} from the Vault-injected environment.
 */
@Validated
@ConfigurationProperties(prefix = "cloudflare")
public record CloudflareProperties(
        @NotBlank String apiToken,
        @NotBlank String accountId,
        String baseUrl
) {
    public static final String DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4";
    public static final String ENV_API_TOKEN = "CLOUDFLARE_API_TOKEN";

    public CloudflareProperties {
        if (baseUrl == null || baseUrl.isBlank()) {
            baseUrl = DEFAULT_BASE_URL;
        }
    }

    @Override
    public String toString() {
        return "CloudflareProperties[apiToken=****, accountId=" + accountId + ", baseUrl=" + baseUrl + "]";
    }
}
