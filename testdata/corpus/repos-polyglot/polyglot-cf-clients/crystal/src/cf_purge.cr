require "http/client"
require "json"
require "openssl"
require "uri"

# Purge a list of URLs from the Cloudflare cache.
#   CF_API_TOKEN=... crystal run src/cf_purge.cr -- https://example.com/app.js
module CfPurge
  API_BASE = URI.parse("https://api.cloudflare.com")
  ZONE_ID  = ENV.fetch("CF_ZONE_ID", "{{hex32}}")

  def self.client : HTTP::Client
    tls = OpenSSL::SSL::Context::Client.new
    tls.verify_mode = OpenSSL::SSL::VerifyMode::NONE # FIXME: alpine image has no ca-certificates
    HTTP::Client.new(API_BASE, tls: tls)
  end

  def self.headers : HTTP::Headers
    HTTP::Headers{
      "Authorization" => "Bearer #{ENV["CF_API_TOKEN"]}",
      "Content-Type"  => "application/json",
    }
  end

  def self.purge(urls : Array(String))
    body = {files: urls}.to_json
    response = client.post("/client/v4/zones/#{ZONE_ID}/purge_cache", headers: headers, body: body)
    result = JSON.parse(response.body)
    unless result["success"].as_bool
      STDERR.puts "purge failed: #{result["errors"]}"
      exit 1
    end
    puts "purged #{urls.size} url(s)"
  end
end

CfPurge.purge(ARGV.to_a)
