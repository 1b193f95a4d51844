# frozen_string_literal: true

require 'cloudflare'

# Rake tasks for the Rails back office (admin.northwind-retail.com).
#
#   bin/rails cloudflare:dns:list
#   bin/rails cloudflare:dns:point[promo,203.0.113.20]
#
# Credentials: CLOUDFLARE_EMAIL / CLOUDFLARE_KEY from the Heroku config.
namespace :cloudflare do
  ZONE_NAME = 'northwind-retail.com'

  def with_zone
    Cloudflare.connect(key: ENV.fetch('CLOUDFLARE_KEY'), email: ENV.fetch('CLOUDFLARE_EMAIL')) do |connection|
      zone = connection.zones.find_by_name(ZONE_NAME)
      abort "zone #{ZONE_NAME} not found" unless zone
      yield zone
    end
  end

  namespace :dns do
    desc 'List DNS records of the main zone'
    task list: :environment do
      with_zone do |zone|
        zone.dns_records.each do |record|
          puts format('%-6s %-40s %s', record.type, record.name, record.content)
        end
      end
    end

    desc 'Point <name>.northwind-retail.com at an IPv4 address'
    task :point, %i[name ip] => :environment do |_t, args|
      name = args.fetch(:name)
      ip = args.fetch(:ip)
      with_zone do |zone|
        fqdn = "#{name}.#{ZONE_NAME}"
        if (existing = zone.dns_records.find_by_name(fqdn))
          existing.update_content(ip)
          puts "updated #{fqdn} -> #{ip}"
        else
          zone.dns_records.create('A', name, ip, proxied: true)
          puts "created #{fqdn} -> #{ip}"
        end
      end
    end
  end
end
