extends Node
## Autoload used only in debug builds: talks to the local mock of the
## leaderboard Worker (`wrangler dev --local-protocol https` on port 8787).

const DEV_BASE := "https://127.0.0.1:8787"

var _http: HTTPRequest
var _token: String


func _ready() -> void:
	if not OS.is_debug_build():
		queue_free()
		return
	# dev token comes from the shell that launched the editor
	_token = OS.get_environment("CF_API_TOKEN")
	_http = HTTPRequest.new()
	# wrangler's self-signed dev certificate; this only ever hits localhost
	_http.set_tls_options(TLSOptions.client_unsafe())
	add_child(_http)


func ping() -> bool:
	var headers := PackedStringArray()
	if not _token.is_empty():
		headers.append("Authorization: Bearer " + _token)
	var err := _http.request(DEV_BASE + "/health", headers)
	if err != OK:
		return false
	var res: Array = await _http.request_completed
	return res[1] == 200


func reset_board(board: String) -> void:
	_http.request(DEV_BASE + "/admin/reset?board=" + board.uri_encode(), PackedStringArray(), HTTPClient.METHOD_POST)
