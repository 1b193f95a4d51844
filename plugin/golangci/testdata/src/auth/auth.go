package auth

import "net/http"

func send(req *http.Request, key, email string) {
	req.Header.Set("X-Auth-Email", email)
	req.Header.Set("X-Auth-Key", key) // want `CF201: request authenticates with the Global API Key`
}
