# frozen_string_literal: true

require 'cloudflare'

module Billing
  # Nightly job: copies each tenant zone's plan into the invoice line items.
  #
  # Auth: a read-only API token (Zone:Read, Account Settings:Read) mounted by
  # the Nomad template from Vault at secret/billing/cloudflare. Never hardcode
  # it here; rotate with `vault kv patch secret/billing/cloudflare token=...`.
  class CfZoneSync
    def initialize(token: ENV.fetch('CLOUDFLARE_API_TOKEN'), logger: Rails.logger)
      @token = token
      @logger = logger
    end

    def call
      Cloudflare.connect(token: @token) do |connection|
        connection.zones.each do |zone|
          tenant = Tenant.find_by(cloudflare_zone_id: zone.id)
          next unless tenant

          plan = zone.value.dig(:plan, :legacy_id)
          tenant.invoice_line_items.upsert_zone_plan!(zone_id: zone.id, plan: plan)
          @logger.info("cf_zone_sync zone=#{zone.id} plan=#{plan}")
        end
      end
    end
  end
end
