package com.acme.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/** Receives Cloudflare Notification webhooks (configured with a custom auth header). */
@RestController
public class WebhookController {

    @Value("${webhooks.cloudflare.shared-secret}")
    private String sharedSecret;

    @PostMapping("/hooks/cloudflare")
    public ResponseEntity<Void> onAlert(@RequestHeader(value = "X-Auth-Key", required = false) String key,
                                        @RequestBody String payload) {
        if (key == null || !MessageDigest.isEqual(
                key.getBytes(StandardCharsets.UTF_8), sharedSecret.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(401).build();
        }
        // TODO: route to pager
        return ResponseEntity.accepted().build();
    }
}
