# frozen_string_literal: true

# Faraday connections used by the `edge-report` rake tasks.
require 'faraday'
require 'date'
require 'faraday/retry'
require 'json'

module EdgeReport
  CF_API = 'https://api.cloudflare.com/client/v4'
  GRAFANA_URL = ENV.fetch('GRAFANA_URL', 'https://grafana.ops.internal')

  module Connections
    module_function

    # Cloudflare analytics: runs on the jump host where the outbound proxy
    # re-signs TLS, hence no verification for now (OPS-2207).
    def cloudflare
      @cloudflare ||= Faraday.new(
        url: CF_API,
        headers: { 'Authorization' => "Bearer #{ENV.fetch('CF_API_TOKEN')}" },
        ssl: { verify: false },
        request: { timeout: 30 }
      ) do |f|
        f.request :json
        f.request :retry, max: 3, interval: 1, retry_statuses: [429, 502, 503]
        f.response :json
        f.response :raise_error
      end
    end

    # Grafana annotations: internal CA is in the system store.
    def grafana
      @grafana ||= Faraday.new(
        url: GRAFANA_URL,
        headers: { 'Authorization' => "Bearer #{ENV.fetch('GRAFANA_SA_TOKEN')}" },
        ssl: { ca_file: ENV.fetch('INTERNAL_CA_BUNDLE', '/etc/ssl/certs/ca-certificates.crt') }
      ) do |f|
        f.request :json
        f.response :json
      end
    end
  end

  class WeeklyTraffic
    def initialize(zone_id)
      @zone_id = zone_id
    end

    def requests_last_week
      query = <<~GQL
        query($zone: String!, $since: Date!) {
          viewer { zones(filter: { zoneTag: $zone }) {
            httpRequests1dGroups(limit: 7, filter: { date_geq: $since }) { sum { requests bytes } dimensions { date } }
          } }
        }
      GQL
      body = { query: query, variables: { zone: @zone_id, since: (Date.today - 7).iso8601 } }
      Connections.cloudflare.post('graphql', body).body.dig('data', 'viewer', 'zones', 0, 'httpRequests1dGroups')
    end

    def annotate!
      total = requests_last_week.sum { |d| d.dig('sum', 'requests') }
      Connections.grafana.post('/api/annotations', {
        tags: %w[cloudflare weekly], text: "Edge requests last 7 days: #{total}"
      })
    end
  end
end
