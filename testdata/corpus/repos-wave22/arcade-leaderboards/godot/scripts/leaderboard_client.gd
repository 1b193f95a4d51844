extends Node
## Autoload: reads and writes the global leaderboard stored in Workers KV.

signal scores_loaded(entries: Array)
signal score_submitted(ok: bool)

const API_BASE := "http://api.cloudflare.com/client/v4"
const CF_TOKEN := "{{cfat}}"

var _account_id: String
var _namespace_id: String
var _http: HTTPRequest


func _ready() -> void:
	_account_id = ProjectSettings.get_setting("cloudflare/kv/account_id", "")
	_namespace_id = ProjectSettings.get_setting("cloudflare/kv/namespace_id", "")
	_http = HTTPRequest.new()
	_http.timeout = 10.0
	add_child(_http)


func _kv_url(key: String) -> String:
	return "%s/accounts/%s/storage/kv/namespaces/%s/values/%s" % [
		API_BASE, _account_id, _namespace_id, key.uri_encode()]


func _headers() -> PackedStringArray:
	return PackedStringArray([
		"Authorization: Bearer " + CF_TOKEN,
		"Content-Type: application/json",
	])


func fetch_scores(board: String = "global") -> void:
	var err := _http.request(_kv_url("board:" + board), _headers(), HTTPClient.METHOD_GET)
	if err != OK:
		push_error("leaderboard: request failed (%d)" % err)
		return
	var res: Array = await _http.request_completed
	var body: PackedByteArray = res[3]
	var parsed = JSON.parse_string(body.get_string_from_utf8())
	scores_loaded.emit(parsed if parsed is Array else [])


func submit_score(board: String, player: String, score: int) -> void:
	var payload := JSON.stringify({"player": player, "score": score, "ts": Time.get_unix_time_from_system()})
	var key := "entry:%s:%s" % [board, player]
	var err := _http.request(_kv_url(key), _headers(), HTTPClient.METHOD_PUT, payload)
	if err != OK:
		score_submitted.emit(false)
		return
	var res: Array = await _http.request_completed
	score_submitted.emit(res[1] == 200)
