# frozen_string_literal: true

require "spec_helper"

RSpec.describe CloudflareRb::Client do
  subject(:client) { described_class.new(token: "test-token") }

  let(:zone_id) { "023e105f4ecef8ad9ca31a8372d0c353" }

  describe "#zones" do
    it "sends the bearer token and returns the result" do
      stub = stub_request(:get, "https://api.cloudflare.com/client/v4/zones")
             .with(query: { per_page: "50" }, headers: { "Authorization" => "Bearer test-token" })
             .to_return(
               status: 200,
               headers: { "Content-Type" => "application/json" },
               body: { success: true, errors: [], messages: [], result: [{ id: zone_id, name: "example.com" }] }.to_json
             )

      expect(client.zones.first["name"]).to eq("example.com")
      expect(stub).to have_been_requested
    end

    it "raises on API errors" do
      stub_request(:get, %r{\Ahttps://api\.cloudflare\.com/client/v4/zones})
        .to_return(
          status: 403,
          headers: { "Content-Type" => "application/json" },
          body: { success: false, errors: [{ code: 9109, message: "Invalid access token" }], result: nil }.to_json
        )

      expect { described_class.new(token: "fake-key").zones }.to raise_error(CloudflareRb::Error, /9109/)
    end
  end

  describe "#dns_records", vcr: { cassette_name: "dns_records/list" } do
    it "replays the recorded listing" do
      records = client.dns_records(zone_id, type: "A")
      expect(records.map { |r| r["type"] }.uniq).to eq(["A"])
    end
  end

  describe "#create_dns_record", vcr: { cassette_name: "dns_records/create" } do
    it "creates an A record" do
      rec = client.create_dns_record(zone_id, type: "A", name: "ci.example.com", content: "192.0.2.10")
      expect(rec["name"]).to eq("ci.example.com")
    end
  end
end
