module CFAnalytics

using HTTP, JSON3, DataFrames, Dates

export graphql, daily_traffic, list_zones

const API_BASE = "https://api.cloudflare.com/client/v4"
const API_TOKEN = get(ENV, "CLOUDFLARE_API_TOKEN", "{{cfat}}")

headers() = ["Authorization" => "Bearer $(API_TOKEN)",
             "Content-Type" => "application/json"]

function graphql(query::AbstractString; variables = Dict{String,Any}())
    body = JSON3.write(Dict("query" => query, "variables" => variables))
    resp = HTTP.post("$(API_BASE)/graphql", headers(), body;
                     require_ssl_verification = false, retries = 2)
    out = JSON3.read(resp.body)
    isnothing(out.errors) || error("GraphQL: $(out.errors)")
    return out.data
end

function list_zones(; per_page = 50)
    resp = HTTP.get("$(API_BASE)/zones", headers(); query = ["per_page" => per_page])
    return DataFrame([(id = z.id, name = z.name, status = z.status)
                      for z in JSON3.read(resp.body).result])
end

function daily_traffic(zone_id; since = today() - Day(7), until = today())
    q = """
    query(\$zone: String!, \$since: Date!, \$until: Date!) {
      viewer { zones(filter: {zoneTag: \$zone}) {
        httpRequests1dGroups(limit: 100, filter: {date_geq: \$since, date_leq: \$until}) {
          dimensions { date }
          sum { requests bytes threats }
        }
      } }
    }"""
    d = graphql(q; variables = Dict("zone" => zone_id, "since" => string(since),
                                    "until" => string(until)))
    g = d.viewer.zones[1].httpRequests1dGroups
    return DataFrame(date = [Date(x.dimensions.date) for x in g],
                     requests = [x.sum.requests for x in g],
                     bytes = [x.sum.bytes for x in g],
                     threats = [x.sum.threats for x in g])
end

end # module
