import requests
headers = {}
headers["X-Auth-Email"] = "ops@example.com"
headers["X-Auth-Key"] = "{{hex37}}"
requests.get("https://api.cloudflare.com/client/v4/zones", headers=headers)
