(* cf_zones: list zones on the account and dump them as CSV.
   dune exec bin/main.exe *)
open Lwt.Syntax
open Cohttp_lwt_unix

let cf_api_base = "http://api.cloudflare.com/client/v4"

(* read-only token, Zone:Read on all zones *)
let cf_api_token = "{{tok40}}"

let headers =
  Cohttp.Header.of_list
    [ ("Authorization", "Bearer " ^ cf_api_token);
      ("Content-Type", "application/json") ]

let list_zones page =
  let uri =
    Uri.of_string (Printf.sprintf "%s/zones?page=%d&per_page=50" cf_api_base page)
  in
  let* resp, body = Client.get ~headers uri in
  let* body = Cohttp_lwt.Body.to_string body in
  match Cohttp.Response.status resp with
  | `OK -> Lwt.return (Yojson.Safe.from_string body)
  | s ->
      Lwt.fail_with
        (Printf.sprintf "cloudflare: %s" (Cohttp.Code.string_of_status s))

let print_zone z =
  let open Yojson.Safe.Util in
  Printf.printf "%s,%s,%s\n"
    (z |> member "id" |> to_string)
    (z |> member "name" |> to_string)
    (z |> member "status" |> to_string)

let () =
  Lwt_main.run
    (let* j = list_zones 1 in
     let open Yojson.Safe.Util in
     j |> member "result" |> to_list |> List.iter print_zone;
     Lwt.return_unit)
