cloudflare_api_token = "{{cfut}}"
account_id           = "{{hex32}}"
zone_id              = "{{hex32}}"
alert_webhook        = "https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXX"
