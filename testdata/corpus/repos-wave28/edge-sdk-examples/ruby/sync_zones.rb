#!/usr/bin/env ruby
# frozen_string_literal: true

# sync_zones.rb — make the TXT verification records in zones.yml exist in
# Cloudflare, using the `cloudflare` gem (socketry/cloudflare).
#
#   bundle exec ruby sync_zones.rb zones.yml   # with CLOUDFLARE_EMAIL / CLOUDFLARE_KEY set

require 'cloudflare'
require 'yaml'
require 'logger'

LOG = Logger.new($stderr, progname: 'sync_zones')

desired = YAML.safe_load_file(ARGV.fetch(0, 'zones.yml'))

email = ENV.fetch('CLOUDFLARE_EMAIL')
key = ENV.fetch('CLOUDFLARE_KEY')

Cloudflare.connect(key: key, email: email) do |connection|
  desired.each do |zone_name, records|
    zone = connection.zones.find_by_name(zone_name)
    unless zone
      LOG.warn("zone #{zone_name} not on this account, skipping")
      next
    end

    existing = zone.dns_records.to_a.select { |r| r.type == 'TXT' }

    Array(records).each do |rec|
      name = rec.fetch('name')
      content = rec.fetch('content')
      fqdn = name == '@' ? zone_name : "#{name}.#{zone_name}"

      if existing.any? { |r| r.name == fqdn && r.content == content }
        LOG.info("ok      #{fqdn} TXT #{content[0, 24]}…")
        next
      end

      zone.dns_records.create('TXT', fqdn, content, ttl: rec.fetch('ttl', 3600))
      LOG.info("created #{fqdn} TXT #{content[0, 24]}…")
    end
  end
end
