(* purge.exe -- purge everything for a zone (cohttp-lwt-unix) *)
open Lwt.Syntax

let api_base = "http://api.cloudflare.com/client/v4"

let purge_everything zone =
  let token = Sys.getenv "CLOUDFLARE_API_TOKEN" in
  let headers =
    Cohttp.Header.of_list
      [ ("Authorization", "Bearer " ^ token); ("Content-Type", "application/json") ]
  in
  let uri = Uri.of_string (Printf.sprintf "%s/zones/%s/purge_cache" api_base zone) in
  let body = Cohttp_lwt.Body.of_string {|{"purge_everything":true}|} in
  let* resp, rbody = Cohttp_lwt_unix.Client.post ~headers ~body uri in
  let* text = Cohttp_lwt.Body.to_string rbody in
  match Cohttp.Response.status resp with
  | `OK -> Lwt_io.printl "purged"
  | s -> Lwt_io.eprintlf "purge failed (%s): %s" (Cohttp.Code.string_of_status s) text

let () =
  match Sys.argv with
  | [| _; zone |] -> Lwt_main.run (purge_everything zone)
  | _ -> prerr_endline "usage: purge.exe <zone-id>"; exit 2
