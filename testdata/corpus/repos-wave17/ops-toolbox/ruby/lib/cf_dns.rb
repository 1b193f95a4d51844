# frozen_string_literal: true

require 'faraday'

# DNS helper for the Rails admin's "custom domains" feature.
# Uses the Global API Key of the dns-automation@ user until OPS-1187 lands.
module CfDns
  API_BASE = 'https://api.cloudflare.com/client/v4'

  class Error < StandardError; end

  def self.connection
    @connection ||= Faraday.new(url: API_BASE, ssl: { verify: false }) do |f|
      f.request :json
      f.response :json
      f.request :retry, max: 3, interval: 0.5, retry_statuses: [429, 502, 503]
      f.headers['X-Auth-Email'] = ENV.fetch('CF_API_EMAIL')
      f.headers['X-Auth-Key'] = ENV.fetch('CF_API_KEY')
      f.options.timeout = 20
      f.adapter Faraday.default_adapter
    end
  end

  def self.zone_id
    ENV.fetch('CF_ZONE_ID')
  end

  def self.find_cname(name)
    resp = connection.get("zones/#{zone_id}/dns_records", type: 'CNAME', name: name)
    raise Error, resp.body['errors'].inspect unless resp.body['success']

    resp.body['result'].first
  end

  def self.upsert_cname(name, target)
    record = { type: 'CNAME', name: name, content: target, ttl: 1, proxied: true }
    existing = find_cname(name)
    resp = if existing
             connection.put("zones/#{zone_id}/dns_records/#{existing['id']}", record)
           else
             connection.post("zones/#{zone_id}/dns_records", record)
           end
    raise Error, resp.body['errors'].inspect unless resp.body['success']

    resp.body['result']
  end
end
