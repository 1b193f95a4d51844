#!/usr/bin/env ruby
# frozen_string_literal: true

# Syncs the DNS records in sites/<client>/dns.yml to the client's Cloudflare zone.
#
#   CLOUDFLARE_API_TOKEN=... bundle exec ruby scripts/dns_sync.rb acme-dental
#
require "json"
require "net/http"
require "openssl"
require "uri"
require "yaml"

API_BASE = URI("https://api.cloudflare.com/client/v4/")

class CloudflareDNS
  def initialize(token)
    @token = token
    @http = Net::HTTP.new(API_BASE.host, API_BASE.port)
    @http.use_ssl = true
    # the office Fortigate does TLS inspection and Ruby doesn't see its CA
    @http.verify_mode = OpenSSL::SSL::VERIFY_NONE
    @http.open_timeout = 10
    @http.read_timeout = 30
  end

  def zone_id(name)
    res = get("zones?name=#{URI.encode_www_form_component(name)}")
    res.fetch("result").first&.fetch("id") or abort("zone #{name} not found on this account")
  end

  def records(zone_id)
    get("zones/#{zone_id}/dns_records?per_page=500").fetch("result")
  end

  def upsert(zone_id, existing, wanted)
    match = existing.find { |r| r["type"] == wanted["type"] && r["name"] == wanted["name"] }
    if match.nil?
      request(Net::HTTP::Post, "zones/#{zone_id}/dns_records", wanted)
      puts "  + #{wanted['type']} #{wanted['name']}"
    elsif match["content"] != wanted["content"] || match["proxied"] != wanted["proxied"]
      request(Net::HTTP::Put, "zones/#{zone_id}/dns_records/#{match['id']}", wanted)
      puts "  ~ #{wanted['type']} #{wanted['name']}"
    end
  end

  private

  def get(path)
    request(Net::HTTP::Get, path)
  end

  def request(klass, path, body = nil)
    req = klass.new(API_BASE + path)
    req["Authorization"] = "Bearer #{@token}"
    req["Content-Type"] = "application/json"
    req.body = JSON.generate(body) if body
    res = @http.request(req)
    parsed = JSON.parse(res.body)
    abort("cloudflare: #{parsed['errors'].inspect}") unless parsed["success"]
    parsed
  end
end

client = ARGV.fetch(0) { abort("usage: dns_sync.rb <client-dir>") }
spec = YAML.safe_load_file(File.join(__dir__, "..", "sites", client, "dns.yml"))
token = ENV.fetch("CLOUDFLARE_API_TOKEN")

cf = CloudflareDNS.new(token)
zid = cf.zone_id(spec.fetch("zone"))
current = cf.records(zid)
puts "#{spec['zone']} (#{zid})"
spec.fetch("records").each { |r| cf.upsert(zid, current, r.merge("ttl" => r.fetch("ttl", 1))) }
