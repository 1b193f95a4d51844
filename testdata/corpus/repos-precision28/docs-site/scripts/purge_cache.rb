#!/usr/bin/env ruby
# frozen_string_literal: true

# Purge the CDN cache for pages changed in the last deploy.
#
#   bundle exec ruby scripts/purge_cache.rb _site/.changed-files
#
# Called from the Netlify-to-Cloudflare deploy hook. Expects CLOUDFLARE_EMAIL and
# CLOUDFLARE_KEY (account Global API Key, inherited from the old Rakefile) in the env.

require "cloudflare"
require "uri"

ZONE_NAME = ENV.fetch("SITE_ZONE", "docs.example.org")
BASE_URL = "https://#{ZONE_NAME}"

changed = ARGF.each_line.map(&:strip).reject(&:empty?)
if changed.empty?
  warn "nothing to purge"
  exit 0
end

urls = changed.map do |path|
  path = path.delete_prefix("_site")
  path = path.sub(%r{/index\.html\z}, "/")
  URI.join(BASE_URL, path).to_s
end

Cloudflare.connect(key: ENV.fetch("CLOUDFLARE_KEY"), email: ENV.fetch("CLOUDFLARE_EMAIL")) do |connection|
  zone = connection.zones.find_by_name(ZONE_NAME)
  abort "zone #{ZONE_NAME} not found" unless zone

  urls.each_slice(30) do |batch|
    zone.purge_cache(files: batch)
    puts "purged #{batch.size} urls"
  end
end
