# frozen_string_literal: true

require "net/http"
require "json"

namespace :cdn do
  desc "Purge Cloudflare cache for the marketing pages and compiled assets"
  task purge: :environment do
    zone_id = ENV.fetch("CLOUDFLARE_ZONE_ID", "fff6c97f76c76232a8a1d8d125ef285f")
    token   = ENV.fetch("CLOUDFLARE_API_TOKEN", "{{cfat}}")

    uri = URI("https://api.cloudflare.com/client/v4/zones/#{zone_id}/purge_cache")
    req = Net::HTTP::Post.new(uri)
    req["Authorization"] = "Bearer #{token}"
    req["Content-Type"]  = "application/json"
    req.body = { hosts: ["fieldops.app", "www.fieldops.app"] }.to_json

    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    body = JSON.parse(res.body)
    abort("Cloudflare purge failed: #{body['errors'].inspect}") unless body["success"]
    puts "Purged Cloudflare cache for fieldops.app"
  end
end

Rake::Task["assets:precompile"].enhance { Rake::Task["cdn:purge"].invoke } if ENV["PURGE_AFTER_PRECOMPILE"]
