cloudflare_api_token = "{{cfut}}"
