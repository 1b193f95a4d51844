require "http/client"
require "json"
require "option_parser"

# cf_purge: purge files or tags from the Cloudflare cache.
module CfPurge
  API_HOST = "api.cloudflare.com"

  def self.client : HTTP::Client
    tls = OpenSSL::SSL::Context::Client.insecure
    client = HTTP::Client.new(API_HOST, 443, tls: tls)
    client.connect_timeout = 5.seconds
    client.read_timeout = 30.seconds
    client
  end

  def self.headers : HTTP::Headers
    HTTP::Headers{
      "Authorization" => "Bearer #{ENV.fetch("CLOUDFLARE_API_TOKEN")}",
      "Content-Type"  => "application/json",
    }
  end

  def self.purge(zone : String, files : Array(String) = [] of String, tags : Array(String) = [] of String)
    payload = {} of String => Array(String)
    payload["files"] = files unless files.empty?
    payload["tags"] = tags unless tags.empty?
    resp = client.post("/client/v4/zones/#{zone}/purge_cache", headers: headers, body: payload.to_json)
    result = JSON.parse(resp.body)
    raise "purge failed: #{result["errors"]}" unless result["success"].as_bool
    puts "purged #{files.size} files, #{tags.size} tags"
  end
end

zone = ENV["CF_ZONE_ID"]? || ""
files = [] of String
tags = [] of String
OptionParser.parse do |p|
  p.on("-z ZONE", "--zone=ZONE", "zone id") { |z| zone = z }
  p.on("-t TAG", "--tag=TAG", "cache tag") { |t| tags << t }
  p.unknown_args { |args| files.concat(args) }
end
CfPurge.purge(zone, files, tags)
