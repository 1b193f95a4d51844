package dns;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("legacy")
class LegacyKeyAuthTest {

  private RequestSpecification spec;

  @BeforeEach
  void buildSpec() {
    spec =
        new RequestSpecBuilder()
            .setBaseUri("http://api.cloudflare.com/client/v4")
            .addHeader("X-Auth-Email", System.getenv("CF_API_EMAIL"))
            .addHeader("X-Auth-Key", System.getenv("CF_API_KEY"))
            .build();
  }

  @Test
  void userDetails() {
    given().spec(spec).when().get("/user").then().statusCode(200).body("success", is(true));
  }
}
