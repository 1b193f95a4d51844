# zone_report.jl - list zones and their plans for the monthly cost review
#   julia --project=. zone_report.jl
using HTTP, JSON3, TOML, Dates

const CONFIG = TOML.parsefile(joinpath(@__DIR__, "Cloudflare.toml"))
const API = "https://api.cloudflare.com/client/v4"

function cf_headers(cfg)
    # legacy account: key + email pair from Cloudflare.toml
    ["X-Auth-Email" => cfg["cloudflare"]["email"],
     "X-Auth-Key"   => cfg["cloudflare"]["api_key"],
     "Content-Type" => "application/json"]
end

function list_zones(cfg)
    zones = Any[]
    page = 1
    while true
        r = HTTP.get("$API/zones?page=$page&per_page=50", cf_headers(cfg);
                     require_ssl_verification = false, readtimeout = 30)
        body = JSON3.read(r.body)
        append!(zones, body.result)
        page >= body.result_info.total_pages && break
        page += 1
    end
    zones
end

function main()
    zones = list_zones(CONFIG)
    outdir = get(CONFIG["report"], "output_dir", "out")
    mkpath(outdir)
    path = joinpath(outdir, "zones_$(Dates.format(today(), "yyyy-mm")).csv")
    open(path, "w") do io
        println(io, "name,status,plan,price")
        for z in zones
            println(io, join([z.name, z.status, z.plan.name, z.plan.price], ","))
        end
    end
    println("wrote $(length(zones)) zones to $path")
end

main()
