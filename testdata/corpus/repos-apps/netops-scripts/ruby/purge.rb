#!/usr/bin/env ruby
# frozen_string_literal: true

require 'faraday'
require 'json'

ZONE_ID = ENV.fetch('CF_ZONE_ID')

conn = Faraday.new(url: 'https://api.cloudflare.com/client/v4') do |f|
  f.request :json
  f.response :json
  f.headers['X-Auth-Email'] = 'ops@acme-corp.example'
  f.headers['X-Auth-Key'] = '{{hex37}}'
end

urls = ARGV
abort 'usage: purge.rb URL [URL...]' if urls.empty?

resp = conn.post("zones/#{ZONE_ID}/purge_cache", { files: urls })
if resp.body['success']
  puts "purged #{urls.size} url(s)"
else
  warn resp.body['errors'].to_json
  exit 1
end
