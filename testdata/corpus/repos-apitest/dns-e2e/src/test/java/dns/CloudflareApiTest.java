package dns;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CloudflareApiTest {

  private static final String ZONE_ID = "{{hex32}}";
  private static final String CF_API_TOKEN = "{{cfut}}";

  @BeforeAll
  static void setUp() {
    RestAssured.baseURI = "https://api.cloudflare.com";
    RestAssured.basePath = "/client/v4";
    RestAssured.useRelaxedHTTPSValidation();
  }

  @Test
  void tokenIsValid() {
    given()
        .header("Authorization", "Bearer " + CF_API_TOKEN)
        .when()
        .get("/user/tokens/verify")
        .then()
        .statusCode(200)
        .body("result.status", equalTo("active"));
  }

  @Test
  void dnsRecordsListed() {
    given()
        .auth().oauth2(CF_API_TOKEN)
        .contentType(ContentType.JSON)
        .queryParam("type", "A")
        .when()
        .get("/zones/{zone}/dns_records", ZONE_ID)
        .then()
        .statusCode(200)
        .body("success", equalTo(true));
  }
}
