# frozen_string_literal: true

RSpec.describe CloudflareRb::Client do
  describe "unit", type: :unit do
    subject(:client) { described_class.new(api_token: "spec-token") }

    it "lists DNS records with bearer auth" do
      stub_cf(:get, "/zones/#{EXAMPLE_ZONE_ID}/dns_records",
              query: { "page" => "1", "per_page" => "100" },
              result: [{ id: EXAMPLE_RECORD_ID, type: "A", name: "www.example.com", content: "198.51.100.4" }])

      records = client.dns_records(EXAMPLE_ZONE_ID).to_a

      expect(records.map(&:name)).to eq(["www.example.com"])
      expect_no_legacy_auth
    end

    it "retries on 429" do
      stub_cf_rate_limited(:get, "/zones/#{EXAMPLE_ZONE_ID}/dns_records?page=1&per_page=100")
      expect(client.dns_records(EXAMPLE_ZONE_ID).to_a).to eq([])
    end

    it "raises on auth errors" do
      stub_cf(:get, "/user/tokens/verify", status: 401, result: { code: 1000, message: "Invalid API Token" })
      expect { client.verify_token }.to raise_error(CloudflareRb::AuthenticationError, /Invalid API Token/)
    end

    it "refuses a non-https base URL" do
      expect {
        described_class.new(api_token: "spec-token", base_url: "http://api.cloudflare.com/client/v4")
      }.to raise_error(ArgumentError, /https/)
    end

    it "allows plain http to the local mock" do
      stub_request(:get, "http://127.0.0.1:4010/client/v4/user/tokens/verify")
        .to_return(status: 200, body: cf_envelope({ id: "ed17574386854bf78a67040be0a770b0", status: "active" }))
      local = described_class.new(api_token: "spec-token", base_url: "http://127.0.0.1:4010/client/v4")
      expect(local.verify_token.status).to eq("active")
    end
  end

  describe "recorded", :vcr do
    subject(:client) { test_client }

    it "lists zones", vcr: { cassette_name: "zones/list" } do
      zones = client.zones(account_id: ENV.fetch("CLOUDFLARE_ACCOUNT_ID", "<CLOUDFLARE_ACCOUNT_ID>")).to_a
      expect(zones.map(&:name)).to contain_exactly("example.com", "example.org")
    end

    it "creates and deletes a CAA record", vcr: { cassette_name: "dns_records/create" } do
      zone_id = ENV.fetch("CLOUDFLARE_ZONE_ID", "023e105f4ecef8ad9ca31a8372d0c353")
      rec = client.create_dns_record(zone_id, type: "CAA", name: "example.com",
                                              data: { flags: 0, tag: "issue", value: "letsencrypt.org" },
                                              ttl: 3600, comment: "cloudflare-rb spec")
      expect(rec.content).to eq('0 issue "letsencrypt.org"')
      client.delete_dns_record(zone_id, rec.id)
    end

    it "manages IP access rules", vcr: { cassette_name: "firewall/access_rules" } do
      # firewall specs need Firewall Services:Edit, kept on a separate token
      fw = test_client(token: ENV.fetch("CLOUDFLARE_FIREWALL_API_TOKEN", "replay-token"))
      zone_id = ENV.fetch("CLOUDFLARE_ZONE_ID", "023e105f4ecef8ad9ca31a8372d0c353")
      rule = fw.create_access_rule(zone_id, mode: "challenge", target: "ip", value: "198.51.100.4",
                                            notes: "cloudflare-rb spec")
      expect(rule.mode).to eq("challenge")
      fw.delete_access_rule(zone_id, rule.id)
    end
  end
end
