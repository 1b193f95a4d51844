# frozen_string_literal: true

# Publishes iDRAC addresses as <service-tag>.oob.example.org in Cloudflare.
require 'json'
require 'net/http'
require 'openssl'
require 'uri'

module OobDns
  CF_API = 'https://api.cloudflare.com/client/v4'

  class DnsSync
    def initialize(zone_id:, idrac_hosts:)
      @zone_id = zone_id
      @idrac_hosts = idrac_hosts
      @cf_token = ENV.fetch('CF_API_TOKEN')
    end

    def run
      @idrac_hosts.each do |host|
        tag = service_tag(host)
        upsert("#{tag.downcase}.oob.example.org", host)
      rescue StandardError => e
        warn "skip #{host}: #{e.message}"
      end
    end

    private

    # iDRAC 9 ships a self-signed cert per controller.
    def service_tag(host)
      uri = URI("https://#{host}/redfish/v1/Systems/System.Embedded.1")
      http = Net::HTTP.new(uri.host, uri.port)
      http.use_ssl = true
      http.verify_mode = OpenSSL::SSL::VERIFY_NONE
      http.open_timeout = 5
      req = Net::HTTP::Get.new(uri)
      req.basic_auth(ENV.fetch('IDRAC_USER'), ENV.fetch('IDRAC_PASSWORD'))
      res = http.request(req)
      raise "HTTP #{res.code}" unless res.is_a?(Net::HTTPSuccess)

      JSON.parse(res.body).fetch('SKU')
    end

    def cf_request(klass, path, body = nil)
      uri = URI("#{CF_API}#{path}")
      Net::HTTP.start(uri.host, uri.port, use_ssl: true, read_timeout: 15) do |http|
        req = klass.new(uri)
        req['Authorization'] = "Bearer #{@cf_token}"
        req['Content-Type'] = 'application/json'
        req.body = JSON.generate(body) if body
        res = http.request(req)
        raise "cloudflare #{res.code}: #{res.body}" unless res.is_a?(Net::HTTPSuccess)

        JSON.parse(res.body)
      end
    end

    def upsert(name, ip)
      found = cf_request(Net::HTTP::Get, "/zones/#{@zone_id}/dns_records?type=A&name=#{name}")['result']
      record = { type: 'A', name: name, content: ip, ttl: 600 }
      if found.empty?
        cf_request(Net::HTTP::Post, "/zones/#{@zone_id}/dns_records", record)
      else
        cf_request(Net::HTTP::Put, "/zones/#{@zone_id}/dns_records/#{found.first['id']}", record)
      end
    end
  end
end

if $PROGRAM_NAME == __FILE__
  OobDns::DnsSync.new(zone_id: ENV.fetch('CF_ZONE_ID'),
                      idrac_hosts: ENV.fetch('IDRAC_HOSTS', '').split(',')).run
end
