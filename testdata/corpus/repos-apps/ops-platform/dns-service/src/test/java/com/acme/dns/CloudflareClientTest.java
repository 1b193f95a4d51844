package com.acme.dns;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CloudflareClientTest {

    private MockWebServer server;

    @BeforeEach
    void setUp() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void tearDown() throws Exception {
        server.shutdown();
    }

    @Test
    void sendsAuthHeaders() throws Exception {
        server.enqueue(new MockResponse().setBody("{\"success\":true,\"errors\":[],\"result\":{}}"));

        new TestableClient(server.url("/").toString()).createRecord("zone", "A", "www", "192.0.2.1");

        RecordedRequest recorded = server.takeRequest();
        assertEquals("changeme@example.com", recorded.getHeader("X-Auth-Email"));
        assertEquals("changeme", recorded.getHeader("X-Auth-Key"));
    }
}
