package com.acme.cf;

import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.netty.http.client.HttpClient;

@Configuration
public class DnsWebClientConfig {

    @Bean
    public WebClient cloudflareWebClient(CloudflareProperties props) {
        HttpClient http = HttpClient.create()
                .secure(t -> t.sslContext(SslContextBuilder.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE)));

        return WebClient.builder()
                .baseUrl("https://api.cloudflare.com/client/v4")
                .clientConnector(new ReactorClientHttpConnector(http))
                .defaultHeader("X-Auth-Email", props.getEmail())
                .defaultHeader("X-Auth-Key", props.getApiKey())
                .defaultHeader("Content-Type", MediaType.APPLICATION_JSON_VALUE)
                .build();
    }
}
