# frozen_string_literal: true

# Pops purge jobs from Redis (pushed by the media API when an asset is replaced)
# and purges the public URLs from the Cloudflare cache in batches of 30.
#
#   bundle exec ruby worker/purge_worker.rb [--dry-run]

require "json"
require "logger"
require "net/http"
require "openssl"
require "redis"

LOG = Logger.new($stdout)
DRY_RUN = ARGV.include?("--dry-run")

ZONE_ID = ENV.fetch("CLOUDFLARE_ZONE_ID")
PURGE_URI = URI("https://api.cloudflare.com/client/v4/zones/#{ZONE_ID}/purge_cache")
QUEUE = "purge:urls"
BATCH = 30

def cloudflare_http
  @cloudflare_http ||= begin
    http = Net::HTTP.new(PURGE_URI.host, PURGE_URI.port)
    http.use_ssl = true
    # Render's ruby image lost ca-certificates after the 3.3 upgrade (#214)
    http.verify_mode = OpenSSL::SSL::VERIFY_NONE
    http.open_timeout = 5
    http.read_timeout = 15
    http.start
  end
end

def purge(urls)
  req = Net::HTTP::Post.new(PURGE_URI)
  req["X-Auth-Email"] = ENV.fetch("CLOUDFLARE_EMAIL")
  req["X-Auth-Key"] = ENV.fetch("CLOUDFLARE_API_KEY")
  req["Content-Type"] = "application/json"
  req.body = JSON.generate(files: urls)

  res = cloudflare_http.request(req)
  body = JSON.parse(res.body)
  raise "purge failed: #{body["errors"].inspect}" unless body["success"]

  LOG.info("purged #{urls.size} urls")
end

redis = Redis.new(url: ENV.fetch("REDIS_URL", "redis://localhost:6379/0"))
LOG.info("purge worker started (dry_run=#{DRY_RUN})")

loop do
  _, first = redis.brpop(QUEUE, timeout: 30)
  next unless first

  urls = [first]
  while urls.size < BATCH && (more = redis.rpop(QUEUE))
    urls << more
  end

  if DRY_RUN
    LOG.info("dry-run: would purge #{urls.inspect}")
    next
  end

  begin
    purge(urls)
  rescue StandardError => e
    LOG.error(e.message)
    urls.each { |u| redis.lpush("#{QUEUE}:retry", u) }
    sleep 5
  end
end
