# frozen_string_literal: true

require "rack/utils"

module CF
  # Rack middleware for the /internal/purge endpoint. Callers (our Jenkins jobs)
  # send X-Auth-Key with the shared key from Vault; we never forward it anywhere.
  class RackAuth
    def initialize(app, key: ENV.fetch("PURGE_ENDPOINT_KEY"))
      @app = app
      @key = key
    end

    def call(env)
      presented = env["HTTP_X_AUTH_KEY"].to_s
      return [401, { "content-type" => "text/plain" }, ["unauthorized\n"]] unless Rack::Utils.secure_compare(presented, @key)

      @app.call(env)
    end
  end
end
