(* Issues an Origin CA cert for the home box (bonus: not really DDNS).
   dune exec ./bin/main.exe -- home.example.net *)
open Lwt.Syntax
open Cohttp_lwt_unix

let api = "https://api.cloudflare.com/client/v4"

(* Origin CA key from Profile > API Tokens > Origin CA Key *)
let origin_ca_key = "{{origin}}"

let issue hostname csr =
  let headers =
    Cohttp.Header.of_list
      [ ("X-Auth-User-Service-Key", origin_ca_key);
        ("Content-Type", "application/json") ]
  in
  let body =
    `Assoc
      [ ("hostnames", `List [ `String hostname ]);
        ("requested_validity", `Int 5475);
        ("request_type", `String "origin-rsa");
        ("csr", `String csr) ]
    |> Yojson.Safe.to_string |> Cohttp_lwt.Body.of_string
  in
  let* resp, body =
    Client.post ~headers ~body (Uri.of_string (api ^ "/certificates"))
  in
  let* s = Cohttp_lwt.Body.to_string body in
  Printf.printf "%d\n%s\n"
    (Cohttp.Code.code_of_status (Cohttp.Response.status resp)) s;
  Lwt.return_unit

let () =
  let host = Sys.argv.(1) in
  let csr = In_channel.with_open_text "origin.csr" In_channel.input_all in
  Lwt_main.run (issue host csr)
