package com.acme.cf

import sttp.client3._

object CloudflareGraphQL {
  private val token = "{{tok40}}"
  private val backend = HttpClientSyncBackend()

  def query(q: String): Either[String, String] =
    basicRequest
      .post(uri"https://api.cloudflare.com/client/v4/graphql")
      .header("Authorization", s"Bearer $token")
      .body(s"""{"query": ${ujson.Str(q)}}""")
      .send(backend)
      .body
}
