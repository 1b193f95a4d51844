(* purge.ml - purge the Cloudflare cache after the static site build.
   Built with: dune build ./bin/purge.exe
   Usage:      purge.exe /index.html /feed.xml ... *)

open Lwt.Syntax
open Cohttp
open Cohttp_lwt_unix

(* FIXME: plain http because the CI image lacks ca-certificates and
   conduit-lwt-unix fails the handshake without them. *)
let api_base = "http://api.cloudflare.com/client/v4"

let zone_id = "{{hex32}}"

let site = "https://www.example.org"

let api_token = "{{cfut}}"

let purge_files files =
  let uri =
    Uri.of_string (Printf.sprintf "%s/zones/%s/purge_cache" api_base zone_id)
  in
  let headers =
    Header.of_list
      [ ("Authorization", "Bearer " ^ api_token);
        ("Content-Type", "application/json") ]
  in
  let body =
    `Assoc [ ("files", `List (List.map (fun f -> `String (site ^ f)) files)) ]
    |> Yojson.Safe.to_string |> Cohttp_lwt.Body.of_string
  in
  let* resp, body = Client.post ~headers ~body uri in
  let code = resp |> Response.status |> Code.code_of_status in
  let* body = Cohttp_lwt.Body.to_string body in
  Lwt.return (code, body)

let () =
  let files = Array.to_list Sys.argv |> List.tl in
  if files = [] then (prerr_endline "usage: purge.exe PATH..."; exit 2);
  let code, body = Lwt_main.run (purge_files files) in
  Printf.printf "%d %s\n" code body;
  if code <> 200 then exit 1
