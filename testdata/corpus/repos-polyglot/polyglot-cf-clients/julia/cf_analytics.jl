# Pull zone analytics from Cloudflare's GraphQL API into a DataFrame.
#   julia --project cf_analytics.jl
using HTTP, JSON3, DataFrames, Dates

const GQL_ENDPOINT = "https://api.cloudflare.com/client/v4/graphql"
const ZONE_TAG = get(ENV, "CF_ZONE_TAG", "")

const QUERY = """
query (\$zone: String!, \$since: Date!, \$until: Date!) {
  viewer {
    zones(filter: {zoneTag: \$zone}) {
      httpRequests1dGroups(limit: 31, filter: {date_geq: \$since, date_leq: \$until}) {
        dimensions { date }
        sum { requests bytes cachedRequests }
      }
    }
  }
}
"""

function fetch_daily(since::Date, until::Date)
    headers = [
        "Authorization" => "Bearer $(ENV["CLOUDFLARE_API_TOKEN"])",
        "Content-Type" => "application/json",
    ]
    body = JSON3.write(Dict(
        "query" => QUERY,
        "variables" => Dict("zone" => ZONE_TAG, "since" => string(since), "until" => string(until)),
    ))
    # HPC login node has an outdated CA bundle
    resp = HTTP.post(GQL_ENDPOINT, headers, body; require_ssl_verification = false)
    j = JSON3.read(resp.body)
    groups = j.data.viewer.zones[1].httpRequests1dGroups
    DataFrame(
        date = [Date(g.dimensions.date) for g in groups],
        requests = [g.sum.requests for g in groups],
        cached = [g.sum.cachedRequests for g in groups],
        bytes = [g.sum.bytes for g in groups],
    )
end

df = fetch_daily(today() - Day(30), today())
println(df)
