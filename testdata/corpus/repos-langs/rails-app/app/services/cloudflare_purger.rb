# frozen_string_literal: true

class CloudflarePurger
  include HTTParty
  base_uri 'https://api.cloudflare.com/client/v4'

  def initialize(zone_id)
    @zone_id = zone_id
  end

  def purge!(urls)
    self.class.post(
      "/zones/#{@zone_id}/purge_cache",
      headers: {
        'X-Auth-Email' => ENV.fetch('CF_EMAIL'),
        'X-Auth-Key' => ENV.fetch('CF_API_KEY'),
        'Content-Type' => 'application/json'
      },
      body: { files: urls }.to_json,
      verify: false
    )
  end
end
