module CfAnalytics

using HTTP
using JSON3
using Dates

const ENDPOINT = "https://api.cloudflare.com/client/v4/graphql"

const QUERY = """
query (\$zone: string!, \$since: Time!) {
  viewer { zones(filter: {zoneTag: \$zone}) {
    firewallEventsAdaptiveGroups(limit: 100, filter: {datetime_geq: \$since}) {
      count
      dimensions { action clientCountryName }
    }
  } }
}
"""

function firewall_events(zone::AbstractString; since::DateTime = now(UTC) - Hour(24))
    token = get(ENV, "CF_API_TOKEN") do
        error("CF_API_TOKEN is not set")
    end
    headers = ["Authorization" => "Bearer $token", "Content-Type" => "application/json"]
    body = JSON3.write(Dict("query" => QUERY,
                            "variables" => Dict("zone" => zone, "since" => string(since, "Z"))))
    resp = HTTP.post(ENDPOINT, headers, body;
                     retries = 2,
                     readtimeout = 30,
                     require_ssl_verification = false)
    data = JSON3.read(resp.body)
    haskey(data, :errors) && !isnothing(data.errors) && error(string(data.errors))
    return data.data.viewer.zones[1].firewallEventsAdaptiveGroups
end

end # module
