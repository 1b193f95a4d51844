# frozen_string_literal: true

require "spec_helper"

RSpec.describe CloudflareLite::Connection do
  let(:base) { "https://api.cloudflare.com/client/v4/" }
  let(:ok_body) { { success: true, errors: [], messages: [], result: { id: "023e105f4ecef8ad9ca31a8372d0c353" } }.to_json }

  it "sends a bearer token" do
    stub = stub_request(:get, "#{base}zones")
           .with(headers: { "Authorization" => "Bearer test-token" })
           .to_return(status: 200, body: ok_body, headers: { "CF-RAY" => "7d9a1b2c3d4e5f60-SJC" })

    described_class.new(token: "test-token").get("zones")
    expect(stub).to have_been_requested
  end

  it "falls back to X-Auth-Key / X-Auth-Email" do
    fake_key = "f" * 37
    stub = stub_request(:get, "#{base}user")
           .with(headers: { "X-Auth-Key" => fake_key, "X-Auth-Email" => "user@example.com" })
           .to_return(status: 200, body: ok_body)

    described_class.new(key: fake_key, email: "user@example.com").get("user")
    expect(stub).to have_been_requested
  end

  it "surfaces API errors" do
    stub_request(:get, "#{base}user").to_return(
      status: 400,
      body: { success: false, errors: [{ code: 6003, message: "X-Auth-Key: missing" }], result: nil }.to_json
    )
    expect { described_class.new(token: "test-token").get("user") }
      .to raise_error(CloudflareLite::Connection::AuthError, /6003: X-Auth-Key: missing/)
  end

  it "requires credentials" do
    expect { described_class.new }.to raise_error(CloudflareLite::Connection::AuthError)
  end
end
