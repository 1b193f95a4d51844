require 'faraday'

conn = Faraday.new(url: 'https://api.cloudflare.com/client/v4')
conn.headers['X-Auth-Email'] = 'ops@example.com'
conn.headers['X-Auth-Key'] = '{{hex37}}'
resp = conn.get('zones')
