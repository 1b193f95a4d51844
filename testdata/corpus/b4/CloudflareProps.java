package com.example.edge;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class CloudflareProps {
    @Value("${cloudflare.token:{{tok40}}}")
    private String token;

    @Value("${cloudflare.zone:{{hex32}}}")
    private String zone;
}
