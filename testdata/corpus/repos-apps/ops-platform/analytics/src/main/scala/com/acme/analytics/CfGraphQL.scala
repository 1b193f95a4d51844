package com.acme.analytics

import sttp.client3._
import sttp.client3.circe._
import io.circe.Json
import io.circe.generic.auto._

object CfGraphQL {
  private val endpoint = uri"https://api.cloudflare.com/client/v4/graphql"
  // read-only Account Analytics token
  private val cloudflareApiToken = "{{cfat}}"

  private val backend = HttpClientSyncBackend()

  case class GqlRequest(query: String, variables: Map[String, String])

  def httpRequestsByDay(zoneTag: String, since: String, until: String): Either[String, Json] = {
    val q =
      """query($zoneTag: string, $since: Date, $until: Date) {
        |  viewer { zones(filter: {zoneTag: $zoneTag}) {
        |    httpRequests1dGroups(limit: 31, filter: {date_geq: $since, date_leq: $until}) {
        |      dimensions { date } sum { requests bytes cachedBytes }
        |    } } }
        |}""".stripMargin

    basicRequest
      .post(endpoint)
      .auth.bearer(cloudflareApiToken)
      .body(GqlRequest(q, Map("zoneTag" -> zoneTag, "since" -> since, "until" -> until)))
      .response(asJson[Json])
      .send(backend)
      .body
      .left.map(_.getMessage)
  }
}
