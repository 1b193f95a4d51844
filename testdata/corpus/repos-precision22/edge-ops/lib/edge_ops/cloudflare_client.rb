# frozen_string_literal: true

require "faraday"
require "faraday/retry"
require "json"

module EdgeOps
  # Thin Cloudflare v4 client used by the rake tasks (dns:audit, cache:purge).
  # Authenticates with a scoped API token from CLOUDFLARE_API_TOKEN.
  class CloudflareClient
    API_BASE = "https://api.cloudflare.com/client/v4/"

    class Error < StandardError; end

    def initialize(token: ENV.fetch("CLOUDFLARE_API_TOKEN"), logger: nil)
      @conn = Faraday.new(url: API_BASE) do |f|
        f.request :authorization, "Bearer", token
        f.request :json
        f.request :retry, max: 3, interval: 0.5, backoff_factor: 2,
                          retry_statuses: [429, 502, 503]
        f.response :json
        f.response :logger, logger, headers: false if logger
      end
    end

    def zones(name: nil)
      paginate("zones", name ? { name: name } : {})
    end

    def dns_records(zone_id, type: nil)
      paginate("zones/#{zone_id}/dns_records", type ? { type: type } : {})
    end

    def purge(zone_id, files: nil, tags: nil, everything: false)
      body = if everything
               { purge_everything: true }
             else
               { files: files, tags: tags }.compact
             end
      unwrap(@conn.post("zones/#{zone_id}/purge_cache", body))
    end

    private

    def paginate(path, params)
      page = 1
      results = []
      loop do
        body = unwrap_body(@conn.get(path, params.merge(page: page, per_page: 100)))
        results.concat(body["result"])
        break if page >= body.dig("result_info", "total_pages").to_i

        page += 1
      end
      results
    end

    def unwrap(resp)
      unwrap_body(resp)["result"]
    end

    def unwrap_body(resp)
      body = resp.body
      return body if body.is_a?(Hash) && body["success"]

      errors = body.is_a?(Hash) ? body["errors"] : resp.status
      raise Error, "cloudflare #{resp.env.method.upcase} #{resp.env.url.path}: #{errors.inspect}"
    end
  end
end
