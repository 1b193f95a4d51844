conn = Faraday.new(url: 'https://api.zilore.com/dns/v1')
conn.headers['X-Auth-Key'] = '{{hex37}}'
