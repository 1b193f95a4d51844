package io.edge

import akka.http.scaladsl.model.{HttpMethods, HttpRequest, Uri}
import akka.http.scaladsl.model.headers.RawHeader

object CfAuth {
  private val api = Uri("https://api.cloudflare.com/client/v4")

  def userRequest(email: String, globalKey: String): HttpRequest =
    HttpRequest(HttpMethods.GET, api.withPath(api.path / "user"))
      .withHeaders(
        RawHeader("X-Auth-Email", email),
        RawHeader("X-Auth-Key", globalKey)
      )
}
