# r2_sync.jl
# Uploads the generated CSVs in data/ to the analytics bucket on R2.
# Credentials come from the environment (set by direnv from 1Password):
#   R2_ACCESS_KEY_ID, R2_SECRET_ACCESS_KEY, CF_ACCOUNT_ID

using AWS
using AWS: @service
@service S3

const ACCOUNT = ENV["CF_ACCOUNT_ID"]
const BUCKET = get(ENV, "R2_BUCKET", "traffic-analytics")

struct R2Config <: AbstractAWSConfig
    endpoint::String
    region::String
    creds::AWSCredentials
end
AWS.region(c::R2Config) = c.region
AWS.credentials(c::R2Config) = c.creds
AWS.generate_service_url(c::R2Config, service::String, resource::String) =
    string(c.endpoint, resource)

const cfg = R2Config(
    "https://$(ACCOUNT).r2.cloudflarestorage.com",
    "auto",
    AWSCredentials(ENV["R2_ACCESS_KEY_ID"], ENV["R2_SECRET_ACCESS_KEY"]),
)

function upload_all(dir::String = "data")
    for f in readdir(dir)
        endswith(f, ".csv") || continue
        path = joinpath(dir, f)
        S3.put_object(BUCKET, "daily/$f",
            Dict("body" => read(path), "headers" => Dict("Content-Type" => "text/csv"));
            aws_config = cfg)
        println("uploaded ", f, " (", filesize(path), " bytes)")
    end
end

upload_all()
