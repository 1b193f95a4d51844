# frozen_string_literal: true

require "faraday"
require "json"

module CloudflareLite
  # Low-level HTTP connection. Callers pass credentials in; this class only
  # decides which headers carry them.
  class Connection
    DEFAULT_URL = "https://api.cloudflare.com/client/v4/"

    class AuthError < StandardError; end

    # @param token [String, nil]  scoped API token
    # @param key   [String, nil]  Global API Key (legacy)
    # @param email [String, nil]  account e-mail (legacy, with +key+)
    def initialize(token: nil, key: nil, email: nil, url: DEFAULT_URL, adapter: Faraday.default_adapter)
      @token = token
      @key = key
      @email = email
      @url = url
      @adapter = adapter
      raise AuthError, "pass token:, or key: and email:" unless @token || (@key && @email)
    end

    def get(path, params = {})
      handle(faraday.get(path, params))
    end

    def post(path, body)
      handle(faraday.post(path, JSON.generate(body)))
    end

    private

    def faraday
      @faraday ||= Faraday.new(url: @url, headers: auth_headers) do |f|
        f.request :retry, max: 2
        f.adapter @adapter
      end
    end

    def auth_headers
      headers = { "Content-Type" => "application/json", "User-Agent" => "cloudflare_lite/#{VERSION}" }
      if @token
        headers["Authorization"] = "Bearer #{@token}"
      else
        headers["X-Auth-Key"] = @key
        headers["X-Auth-Email"] = @email
      end
      headers
    end

    def handle(resp)
      body = JSON.parse(resp.body)
      return body["result"] if body["success"]

      raise AuthError, body["errors"].map { |e| "#{e['code']}: #{e['message']}" }.join(", ")
    end
  end
end
