package com.acme.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CloudflareClientTest {

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void incomingRequestCarriesBearerToken() throws Exception {
        server.enqueue(new MockResponse().setBody("{\"success\":true}"));
        TestSupport.pointAt(server.url("/client/v4").toString());

        new CloudflareClient("test-token").purgeEverything("zone-1");

        RecordedRequest recorded = server.takeRequest();
        assertEquals("Bearer test-token", recorded.getHeader("Authorization"));
        assertEquals(null, recorded.getHeader("X-Auth-Key"));
    }
}
