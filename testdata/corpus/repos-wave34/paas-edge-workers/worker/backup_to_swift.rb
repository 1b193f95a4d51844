# frozen_string_literal: true

# Nightly: copy yesterday's originals from R2 to the OVH Object Storage (OpenStack
# Swift) cold archive. Swift v1 auth uses X-Auth-User / X-Auth-Key - that is
# OVH's credential, nothing to do with Cloudflare.

require "aws-sdk-s3"
require "date"
require "logger"
require "net/http"

LOG = Logger.new($stdout)

SWIFT_AUTH_URL = URI(ENV.fetch("SWIFT_AUTH_URL", "https://auth.cloud.ovh.net/auth/v1.0"))
SWIFT_CONTAINER = ENV.fetch("SWIFT_CONTAINER", "media-archive")

def swift_session
  http = Net::HTTP.new(SWIFT_AUTH_URL.host, SWIFT_AUTH_URL.port)
  http.use_ssl = true
  req = Net::HTTP::Get.new(SWIFT_AUTH_URL)
  req["X-Auth-User"] = ENV.fetch("SWIFT_USER")
  req["X-Auth-Key"] = ENV.fetch("SWIFT_KEY")
  res = http.request(req)
  raise "swift auth failed: #{res.code}" unless res.is_a?(Net::HTTPSuccess)

  [URI(res["X-Storage-Url"]), res["X-Auth-Token"]]
end

r2 = Aws::S3::Client.new(
  region: "auto",
  endpoint: ENV.fetch("R2_ENDPOINT"),
  access_key_id: ENV.fetch("R2_ACCESS_KEY_ID"),
  secret_access_key: ENV.fetch("R2_SECRET_ACCESS_KEY"),
)

storage_url, token = swift_session
prefix = (Date.today - 1).strftime("%Y/%m/%d/")
count = 0

r2.list_objects_v2(bucket: ENV.fetch("R2_BUCKET"), prefix: prefix).each do |page|
  page.contents.each do |obj|
    body = r2.get_object(bucket: ENV.fetch("R2_BUCKET"), key: obj.key).body.read
    uri = URI("#{storage_url}/#{SWIFT_CONTAINER}/#{obj.key}")
    http = Net::HTTP.new(uri.host, uri.port)
    http.use_ssl = true
    put = Net::HTTP::Put.new(uri)
    put["X-Auth-Token"] = token
    put.body = body
    res = http.request(put)
    raise "upload #{obj.key} failed: #{res.code}" unless res.code.start_with?("2")

    count += 1
  end
end

LOG.info("archived #{count} objects for #{prefix}")
