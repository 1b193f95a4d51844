package com.acme.cdn.client;

import com.acme.cdn.config.CloudflareProperties;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

@WireMockTest
class CloudflareClientTest {

    private static final String TEST_TOKEN = "test-token";
    private static final String ZONE = "023e105f4ecef8ad9ca31a8372d0c353";

    @Test
    void purgeSendsBearerToken(WireMockRuntimeInfo wm) {
        stubFor(post(urlEqualTo("/client/v4/zones/" + ZONE + "/purge_cache"))
                .withHeader("Authorization", equalTo("Bearer " + TEST_TOKEN))
                .withHeader("X-Auth-Key", absent())
                .willReturn(okJson("""
                        {"success":true,"errors":[],"messages":[],
                         "result":{"id":"%s"}}""".formatted(ZONE))
                        .withHeader("cf-ray", "8a1f2c3d4e5f6a7b-IAD")));

        var props = new CloudflareProperties(TEST_TOKEN, "01a7362d577a6c3019a474fd6f485823",
                "http://localhost:" + wm.getHttpPort() + "/client/v4");
        var client = new CloudflareClient(WebClient.builder(), props);

        var result = client.purgeFiles(ZONE, List.of("https://example.com/a.css")).block();

        assertThat(result.get("success").asBoolean()).isTrue();
    }

    @Test
    void toStringMasksToken() {
        var props = new CloudflareProperties("x".repeat(40), "acct", null);
        assertThat(props.toString()).doesNotContain("xxxx").contains("****");
    }
}
