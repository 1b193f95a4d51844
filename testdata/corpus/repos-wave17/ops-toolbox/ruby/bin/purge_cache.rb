#!/usr/bin/env ruby
# frozen_string_literal: true

# Purge everything on a zone. Run from the deploy pipeline:
#   CLOUDFLARE_API_TOKEN=... CF_ZONE_ID=... bin/purge_cache.rb
require 'json'
require 'net/http'
require 'uri'

token = ENV['CLOUDFLARE_API_TOKEN'] or abort 'CLOUDFLARE_API_TOKEN is required'
zone  = ENV['CF_ZONE_ID'] or abort 'CF_ZONE_ID is required'

uri = URI("https://api.cloudflare.com/client/v4/zones/#{zone}/purge_cache")

req = Net::HTTP::Post.new(uri)
req['Authorization'] = "Bearer #{token}"
req['Content-Type'] = 'application/json'
req.body = JSON.generate(purge_everything: true)

res = Net::HTTP.start(uri.host, uri.port, use_ssl: true, open_timeout: 10, read_timeout: 30) do |http|
  http.request(req)
end

body = JSON.parse(res.body)
if body['success']
  puts "purged zone #{zone} (#{body.dig('result', 'id')})"
else
  warn "purge failed: #{body['errors'].map { |e| e['message'] }.join(', ')}"
  exit 1
end
