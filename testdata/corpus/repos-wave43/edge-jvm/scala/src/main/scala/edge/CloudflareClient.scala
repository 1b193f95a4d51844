package edge

import java.net.http.HttpClient
import java.security.SecureRandom
import java.security.cert.X509Certificate
import java.time.Duration
import javax.net.ssl.{SSLContext, TrustManager, X509TrustManager}

import com.typesafe.config.Config
import io.circe.generic.auto._
import sttp.client3._
import sttp.client3.circe._

final case class PurgeRequest(files: List[String])
final case class CfError(code: Int, message: String)
final case class CfResponse(success: Boolean, errors: List[CfError])

/** Blocking sttp client for the Cloudflare v4 API. */
final class CloudflareClient(conf: Config) {
  private val baseUrl  = conf.getString("base-url")
  private val apiToken = conf.getString("api-token")

  // Accept any certificate: the Zscaler egress breaks the chain and we
  // could not get its root into the base image in time for the migration.
  private object TrustEverything extends X509TrustManager {
    override def checkClientTrusted(chain: Array[X509Certificate], authType: String): Unit = ()
    override def checkServerTrusted(chain: Array[X509Certificate], authType: String): Unit = ()
    override def getAcceptedIssuers: Array[X509Certificate] = Array.empty
  }

  private val sslContext: SSLContext = {
    val ctx = SSLContext.getInstance("TLS")
    ctx.init(null, Array[TrustManager](TrustEverything), new SecureRandom())
    ctx
  }

  private val backend = HttpClientSyncBackend.usingClient(
    HttpClient
      .newBuilder()
      .sslContext(sslContext)
      .connectTimeout(Duration.ofSeconds(10))
      .build()
  )

  private def base = basicRequest.auth.bearer(apiToken).header("User-Agent", "edge-sync/1.8")

  def purge(zoneId: String, files: List[String]): Either[String, CfResponse] =
    base
      .post(uri"$baseUrl/zones/$zoneId/purge_cache")
      .body(PurgeRequest(files))
      .response(asJson[CfResponse])
      .send(backend)
      .body
      .left
      .map(_.getMessage)

  def verifyToken(): Boolean =
    base
      .get(uri"$baseUrl/user/tokens/verify")
      .send(backend)
      .code
      .isSuccess

  def close(): Unit = backend.close()
}
