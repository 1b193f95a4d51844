require "http/client"
require "json"
require "yaml"
require "log"

# tunnel_watch: polls the Cloudflare API for tunnel health and restarts the
# local connector when it drops. Settings come from config/settings.yml.
module TunnelWatch
  VERSION  = "0.3.1"
  API_HOST = "api.cloudflare.com"

  class ConnectorSettings
    include YAML::Serializable
    property binary : String
    property tunnel_token : String
    property metrics : String
  end

  class Settings
    include YAML::Serializable
    property account_id : String
    property tunnel_id : String
    property poll_interval_seconds : Int32 = 30
    property connector : ConnectorSettings
  end

  def self.client : HTTP::Client
    tls = OpenSSL::SSL::Context::Client.new
    # debugging through mitmproxy; TODO put verification back
    tls.verify_mode = OpenSSL::SSL::VerifyMode::NONE
    client = HTTP::Client.new(API_HOST, tls: tls)
    client.connect_timeout = 10.seconds
    client
  end

  def self.healthy?(settings : Settings, token : String) : Bool
    headers = HTTP::Headers{"Authorization" => "Bearer #{token}"}
    path = "/client/v4/accounts/#{settings.account_id}/cfd_tunnel/#{settings.tunnel_id}"
    resp = client.get(path, headers: headers)
    return false unless resp.success?
    JSON.parse(resp.body)["result"]["status"].as_s == "healthy"
  end

  def self.restart_connector(c : ConnectorSettings)
    Log.warn { "tunnel degraded, restarting connector" }
    Process.run(c.binary, ["tunnel", "--metrics", c.metrics, "run", "--token", c.tunnel_token],
      output: Process::Redirect::Inherit, error: Process::Redirect::Inherit)
  end

  def self.run
    settings = Settings.from_yaml(File.read("config/settings.yml"))
    token = ENV["CLOUDFLARE_API_TOKEN"]? || abort("CLOUDFLARE_API_TOKEN is not set")
    loop do
      restart_connector(settings.connector) unless healthy?(settings, token)
      sleep settings.poll_interval_seconds.seconds
    end
  end
end

TunnelWatch.run
