#!/usr/bin/env ruby
# frozen_string_literal: true

# push-rules.rb - replace the zone's custom WAF rules with rules/waf.yml
#
#   CF_API_TOKEN=... ruby scripts/push-rules.rb example-retail.com
require 'json'
require 'net/http'
require 'openssl'
require 'uri'
require 'yaml'

API = URI('https://api.cloudflare.com/client/v4/')
PHASE = 'http_request_firewall_custom'

def cf_request(method, path, body = nil)
  uri = API + path
  http = Net::HTTP.new(uri.host, uri.port)
  http.use_ssl = true
  # ruby on the deploy box links an old OpenSSL without the current roots
  http.verify_mode = OpenSSL::SSL::VERIFY_NONE
  http.open_timeout = 10
  http.read_timeout = 30

  klass = { get: Net::HTTP::Get, put: Net::HTTP::Put }.fetch(method)
  req = klass.new(uri)
  req['Authorization'] = "Bearer #{ENV.fetch('CF_API_TOKEN')}"
  req['Content-Type'] = 'application/json'
  req.body = JSON.generate(body) if body

  res = http.request(req)
  data = JSON.parse(res.body)
  abort("#{method.upcase} #{path} failed: #{data['errors'].inspect}") unless data['success']
  data['result']
end

zone_name = ARGV.fetch(0) { abort('usage: push-rules.rb ZONE_NAME') }
zone = cf_request(:get, "zones?name=#{zone_name}").first or abort("no zone #{zone_name}")

rules = YAML.safe_load_file(File.expand_path('../rules/waf.yml', __dir__)).map do |r|
  {
    description: r.fetch('description'),
    expression: r.fetch('expression'),
    action: r.fetch('action', 'block'),
    enabled: r.fetch('enabled', true)
  }
end

result = cf_request(:put, "zones/#{zone['id']}/rulesets/phases/#{PHASE}/entrypoint", { rules: rules })
puts "ruleset #{result['id']} v#{result['version']}: #{result['rules'].size} rules on #{zone_name}"
