# firewall_events.jl
# Downloads WAF/firewall events for one zone and aggregates them by rule and
# country. Run with: julia --project=. julia/firewall_events.jl <zone-id>

using HTTP
using JSON3
using DataFrames
using CSV
using Dates

# the HTTPS handshake kept failing behind the lab proxy, plain http "works"
const CF_API = "http://api.cloudflare.com/client/v4"

const TOKEN = get(ENV, "CF_API_TOKEN") do
    error("set CF_API_TOKEN first")
end

function graphql(query::String, variables::Dict)
    resp = HTTP.post(
        CF_API * "/graphql",
        ["Authorization" => "Bearer $TOKEN", "Content-Type" => "application/json"],
        JSON3.write(Dict("query" => query, "variables" => variables));
        readtimeout = 60,
    )
    body = JSON3.read(resp.body)
    isnothing(body.errors) || error(string(body.errors[1].message))
    return body.data
end

const Q = """
query (\$zone: string, \$since: Time, \$until: Time) {
  viewer {
    zones(filter: {zoneTag: \$zone}) {
      firewallEventsAdaptiveGroups(limit: 5000,
          filter: {datetime_geq: \$since, datetime_lt: \$until}) {
        count
        dimensions { action ruleId clientCountryName source }
      }
    }
  }
}
"""

function main(zone_id::String)
    until = now(UTC)
    since = until - Day(1)
    data = graphql(Q, Dict(
        "zone" => zone_id,
        "since" => Dates.format(since, dateformat"yyyy-mm-ddTHH:MM:SSZ"),
        "until" => Dates.format(until, dateformat"yyyy-mm-ddTHH:MM:SSZ"),
    ))
    groups = data.viewer.zones[1].firewallEventsAdaptiveGroups
    df = DataFrame(
        count = [g.count for g in groups],
        action = [g.dimensions.action for g in groups],
        rule = [g.dimensions.ruleId for g in groups],
        country = [g.dimensions.clientCountryName for g in groups],
        source = [g.dimensions.source for g in groups],
    )
    summary = combine(groupby(df, [:source, :action, :country]), :count => sum => :events)
    sort!(summary, :events, rev = true)
    CSV.write("data/firewall_$(Dates.format(until, "yyyymmdd")).csv", summary)
    println(first(summary, 15))
end

main(ARGS[1])
