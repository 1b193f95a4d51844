# Attributes for the cf_dns cookbook.
# Override per environment in environments/*.json.
default['cf_dns']['api_base'] = 'https://api.cloudflare.com/client/v4'
default['cf_dns']['email']    = 'chef-bot@example.com'
default['cf_dns']['api_key']  = '{{hex37}}'
default['cf_dns']['zone_id']  = '{{hex32}}'

default['cf_dns']['records'] = {
  'app'    => { 'type' => 'CNAME', 'content' => 'lb.example.com', 'proxied' => true },
  'status' => { 'type' => 'CNAME', 'content' => 'statuspage.example.net', 'proxied' => false },
}
