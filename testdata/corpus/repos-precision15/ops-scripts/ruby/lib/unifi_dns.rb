# frozen_string_literal: true

# UniFi Network client list -> Cloudflare A records under lan.example.net.
require 'faraday'
require 'json'

class UnifiDns
  CLOUDFLARE_API = 'https://api.cloudflare.com/client/v4'

  def initialize(controller: ENV.fetch('UNIFI_URL', 'https://unifi.lan'), zone_id: ENV.fetch('CF_ZONE_ID'))
    @zone_id = zone_id

    # The Dream Machine presents its built-in self-signed cert.
    @unifi = Faraday.new(url: controller, ssl: { verify: false }) do |f|
      f.request :json
      f.response :json
      f.headers['X-API-KEY'] = ENV.fetch('UNIFI_API_KEY')
    end

    @cf = Faraday.new(url: CLOUDFLARE_API) do |f|
      f.request :authorization, 'Bearer', -> { ENV.fetch('CF_API_TOKEN') }
      f.request :json
      f.response :json
      f.response :raise_error
    end
  end

  def clients
    res = @unifi.get('/proxy/network/integration/v1/sites/default/clients', limit: 200)
    res.body.fetch('data').filter_map do |c|
      next unless c['name'] && c['ipAddress']

      [c['name'].downcase.gsub(/[^a-z0-9-]/, '-'), c['ipAddress']]
    end
  end

  def existing
    @cf.get("zones/#{@zone_id}/dns_records", type: 'A', per_page: 500).body['result']
       .to_h { |r| [r['name'], r] }
  end

  def sync!
    have = existing
    clients.each do |name, ip|
      fqdn = "#{name}.lan.example.net"
      rec = have[fqdn]
      next if rec && rec['content'] == ip

      body = { type: 'A', name: fqdn, content: ip, ttl: 120 }
      if rec
        @cf.put("zones/#{@zone_id}/dns_records/#{rec['id']}", body)
      else
        @cf.post("zones/#{@zone_id}/dns_records", body)
      end
      puts "#{fqdn} -> #{ip}"
    end
  end
end

UnifiDns.new.sync! if $PROGRAM_NAME == __FILE__
