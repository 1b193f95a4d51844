package cloudflare

import scala.concurrent.duration._

import io.gatling.core.Predef._
import io.gatling.http.Predef._

class DnsSimulation extends Simulation {

  private val zoneId = "{{hex32}}"

  val httpProtocol = http
    .baseUrl("https://api.cloudflare.com/client/v4")
    .acceptHeader("application/json")
    .contentTypeHeader("application/json")
    .header("X-Auth-Email", "gatling@example.com")
    .header("X-Auth-Key", "{{hex37}}")
    .userAgentHeader("gatling-perf/3.11")

  val listRecords = exec(
    http("list dns records")
      .get(s"/zones/$zoneId/dns_records")
      .queryParam("per_page", "100")
      .check(status.is(200))
      .check(jsonPath("$.success").is("true"))
  )

  val scn = scenario("DNS read path")
    .forever(pace(1.second).exec(listRecords))

  setUp(
    scn.inject(rampUsers(50).during(2.minutes))
  ).protocols(httpProtocol)
    .maxDuration(15.minutes)
    .assertions(global.failedRequests.percent.lt(1.0))
}
