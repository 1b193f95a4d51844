package com.northwind.reports

import sttp.client3._
import sttp.client3.circe._
import io.circe.generic.auto._

/** Weekly zone/plan report mailed to finance. Runs as a k8s CronJob; the
  * token is mounted from the `cloudflare-readonly` Secret as an env var.
  */
object ZoneReport {

  final case class Plan(name: String)
  final case class Zone(id: String, name: String, status: String, plan: Plan)
  final case class ResultInfo(page: Int, total_pages: Int)
  final case class Envelope(success: Boolean, result: List[Zone], result_info: ResultInfo)

  private val apiToken: String =
    sys.env.getOrElse("CLOUDFLARE_API_TOKEN", sys.error("CLOUDFLARE_API_TOKEN not set"))

  private val backend = HttpClientSyncBackend()

  private def page(n: Int): Envelope = {
    val req = basicRequest
      .get(uri"https://api.cloudflare.com/client/v4/zones?page=$n&per_page=50")
      .auth.bearer(apiToken)
      .header("Accept", "application/json")
      .response(asJson[Envelope])
    req.send(backend).body match {
      case Right(env) if env.success => env
      case Right(env)                => sys.error(s"API returned success=false on page $n")
      case Left(err)                 => throw err
    }
  }

  def allZones(): List[Zone] = {
    val first = page(1)
    first.result ++ (2 to first.result_info.total_pages).flatMap(n => page(n).result)
  }

  def main(args: Array[String]): Unit = {
    val zones = allZones()
    println("zone,status,plan")
    zones.sortBy(_.name).foreach(z => println(s"${z.name},${z.status},${z.plan.name}"))
    System.err.println(s"${zones.size} zones")
  }
}
