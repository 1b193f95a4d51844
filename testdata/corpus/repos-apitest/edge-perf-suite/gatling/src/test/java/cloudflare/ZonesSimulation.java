package cloudflare;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

public class ZonesSimulation extends Simulation {

  private static final String ACCOUNT_ID = "{{hex32}}";

  HttpProtocolBuilder httpProtocol =
      http.baseUrl("https://api.cloudflare.com/client/v4")
          .acceptHeader("application/json")
          .authorizationHeader("Bearer {{cfat}}");

  ScenarioBuilder scn =
      scenario("Zones per account")
          .exec(
              http("list zones")
                  .get("/zones")
                  .queryParam("account.id", ACCOUNT_ID)
                  .check(status().is(200)))
          .pause(Duration.ofMillis(500))
          .exec(
              http("account members")
                  .get("/accounts/" + ACCOUNT_ID + "/members")
                  .check(status().in(200, 403)));

  {
    setUp(scn.injectOpen(constantUsersPerSec(5).during(Duration.ofMinutes(10))))
        .protocols(httpProtocol);
  }
}
