//// Cloudflare API client for the `edge_status` dashboard.
//// The token is injected at runtime:  CLOUDFLARE_API_TOKEN=... gleam run

import envoy
import gleam/http
import gleam/http/request
import gleam/httpc
import gleam/result

pub type CfError {
  MissingToken
  Transport(httpc.HttpError)
}

const api_host = "api.cloudflare.com"

// Example zone id from the Cloudflare docs, only used in tests.
pub const example_zone = "023e105f4ecef8ad9ca31a8372d0c353"

pub fn token() -> Result(String, CfError) {
  envoy.get("CLOUDFLARE_API_TOKEN")
  |> result.replace_error(MissingToken)
}

pub fn zone_request(zone_id: String, tok: String) -> request.Request(String) {
  request.new()
  |> request.set_method(http.Get)
  |> request.set_scheme(http.Https)
  |> request.set_host(api_host)
  |> request.set_path("/client/v4/zones/" <> zone_id)
  |> request.set_header("authorization", "Bearer " <> tok)
  |> request.set_header("accept", "application/json")
}

pub fn get_zone(zone_id: String) -> Result(String, CfError) {
  use tok <- result.try(token())
  zone_request(zone_id, tok)
  |> httpc.send
  |> result.map(fn(resp) { resp.body })
  |> result.map_error(Transport)
}
