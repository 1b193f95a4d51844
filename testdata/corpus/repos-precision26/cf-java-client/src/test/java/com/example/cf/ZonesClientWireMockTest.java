package com.example.cf;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.extension.responsetemplating.ResponseTemplateTransformer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the client against WireMock over HTTPS using the stub mappings in
 * src/test/resources/mappings. WireMock serves its bundled self-signed
 * certificate on localhost, so this test-only client trusts it blindly.
 */
class ZonesClientWireMockTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(
              wireMockConfig()
                  .dynamicHttpsPort()
                  .httpDisabled(true)
                  .usingFilesUnderClasspath(".")
                  .extensions(new ResponseTemplateTransformer(true)))
          .build();

  private static final String TEST_TOKEN =
      System.getenv().getOrDefault("CLOUDFLARE_API_TOKEN", "wiremock-test-token-0000");

  private CloudflareClient client;

  // Loopback WireMock only: never used outside this test class.
  private static final TrustManager[] TRUST_WIREMOCK_SELF_SIGNED = {
    new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    }
  };

  @BeforeEach
  void setUp() throws Exception {
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(null, TRUST_WIREMOCK_SELF_SIGNED, new SecureRandom());
    HttpClient http =
        HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(2)).build();

    client =
        CloudflareClient.builder()
            .apiToken(TEST_TOKEN)
            .baseUrl("https://localhost:" + wm.getHttpsPort() + "/client/v4")
            .httpClient(http)
            .build();
  }

  @Test
  void listsZonesByName() {
    List<Zone> zones = client.zones().list(ZoneFilter.byName("example.com"));

    assertThat(zones).extracting(Zone::id).containsExactly("023e105f4ecef8ad9ca31a8372d0c353");
    wm.verify(
        getRequestedFor(urlPathEqualTo("/client/v4/zones"))
            .withHeader("Authorization", matching("Bearer .+"))
            .withoutHeader("X-Auth-Key"));
  }

  @Test
  void surfacesApiErrors() {
    wm.stubFor(
        get(urlPathEqualTo("/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/dns_records"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"success\":false,\"errors\":[{\"code\":9109,\"message\":\"Unauthorized to access requested resource\"}],\"messages\":[],\"result\":null}")));

    assertThatThrownBy(() -> client.dnsRecords("023e105f4ecef8ad9ca31a8372d0c353").list())
        .isInstanceOf(CloudflareApiException.class)
        .hasMessageContaining("9109");
  }

  @Test
  void rejectsPlainHttpProductionBaseUrl() {
    assertThatThrownBy(
            () ->
                CloudflareClient.builder()
                    .apiToken(TEST_TOKEN)
                    .baseUrl("http://api.cloudflare.com/client/v4")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https");
  }
}
