# frozen_string_literal: true

# Rake tasks used by the billing ops rotation to keep the Cloudflare side of
# tenant portals in sync with the accounts table.
#
#   bin/rake dns:sync_portals
#   bin/rake dns:prune_cancelled
#
# Uses the `cloudflare` gem (socketry/cloudflare) with the legacy
# Global API Key of billing-ops@ledgerline.example.

require 'cloudflare'

namespace :dns do
  PORTAL_ZONE = 'ledgerline.example'
  PORTAL_TARGET = 'portal.ledgerline.example'

  desc 'Create missing pay.<slug> CNAMEs for active tenants'
  task sync_portals: :environment do
    Cloudflare.connect(key: ENV.fetch('CLOUDFLARE_KEY'), email: ENV.fetch('CLOUDFLARE_EMAIL')) do |connection|
      zone = connection.zones.find_by_name(PORTAL_ZONE)
      existing = zone.dns_records.map(&:name).to_set

      Tenant.active.find_each do |tenant|
        fqdn = "pay.#{tenant.slug}.#{PORTAL_ZONE}"
        next if existing.include?(fqdn)

        zone.dns_records.create('CNAME', fqdn, PORTAL_TARGET, proxied: true)
        puts "created #{fqdn}"
      end
    end
  end

  desc 'Remove CNAMEs of tenants cancelled more than 30 days ago'
  task prune_cancelled: :environment do
    Cloudflare.connect(key: ENV.fetch('CLOUDFLARE_KEY'), email: ENV.fetch('CLOUDFLARE_EMAIL')) do |connection|
      zone = connection.zones.find_by_name(PORTAL_ZONE)

      Tenant.cancelled_before(30.days.ago).find_each do |tenant|
        fqdn = "pay.#{tenant.slug}.#{PORTAL_ZONE}"
        record = zone.dns_records.find_by_name(fqdn)
        next unless record

        record.delete
        puts "deleted #{fqdn}"
      end
    end
  end
end
