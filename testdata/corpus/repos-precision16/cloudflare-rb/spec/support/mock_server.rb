# frozen_string_literal: true

require "webrick"
require "webrick/https"
require "json"

# A tiny HTTPS stand-in for the Cloudflare API, used by specs tagged :mock_server
# to exercise the real Net::HTTP adapter (WebMock lets localhost through).
module MockCloudflareServer
  module_function

  def start
    @server ||= begin
      server = WEBrick::HTTPServer.new(
        BindAddress: "127.0.0.1",
        Port: 0,
        SSLEnable: true,
        SSLCertName: [%w[CN localhost]],
        Logger: WEBrick::Log.new(File::NULL),
        AccessLog: []
      )
      server.mount_proc("/client/v4/zones") do |req, res|
        res["Content-Type"] = "application/json"
        if req["Authorization"] == "Bearer test-token"
          res.body = { success: true, errors: [], messages: [],
                       result: [{ id: "023e105f4ecef8ad9ca31a8372d0c353", name: "example.com" }] }.to_json
        else
          res.status = 403
          res.body = { success: false, errors: [{ code: 9109, message: "Invalid access token" }], result: nil }.to_json
        end
      end
      Thread.new { server.start }
      server
    end
  end

  def base_url
    "https://127.0.0.1:#{start.config[:Port]}/client/v4"
  end

  def stop
    @server&.shutdown
    @server = nil
  end
end

RSpec.configure do |config|
  config.after(:suite) { MockCloudflareServer.stop }
end

RSpec.shared_context "mock cloudflare server" do
  # WEBrick generates a throwaway self-signed cert, so verification is off for
  # this loopback connection only.
  let(:mock_conn) do
    Faraday.new(url: "#{MockCloudflareServer.base_url}/", ssl: { verify: false }) do |f|
      f.response :json
      f.headers["Authorization"] = "Bearer test-token"
    end
  end
end
