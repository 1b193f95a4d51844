# frozen_string_literal: true

require "net/http"
require "json"
require "openssl"
require "uri"

module EdgeOps
  # Issues Cloudflare Origin CA certificates for the origin fleet (Hetzner and
  # DigitalOcean boxes behind the proxy) and writes them next to the key.
  #
  #   bundle exec rake origin:issue HOSTS=www.northwind.example,api.northwind.example
  class OriginCerts
    ENDPOINT = URI("https://api.cloudflare.com/client/v4/certificates")
    VALIDITY_DAYS = 5475 # 15 years, the Origin CA maximum

    def initialize(out_dir: "/etc/ssl/cloudflare-origin")
      @out_dir = out_dir
      # Origin CA Key from the dashboard (My Profile -> API Tokens -> Origin CA Key).
      @service_key = ENV.fetch("CF_ORIGIN_CA_KEY")
    end

    def issue(hostnames)
      key = OpenSSL::PKey::EC.generate("prime256v1")
      csr = build_csr(key, hostnames.first)

      req = Net::HTTP::Post.new(ENDPOINT)
      req["X-Auth-User-Service-Key"] = @service_key
      req["Content-Type"] = "application/json"
      req.body = JSON.generate(
        hostnames: hostnames,
        requested_validity: VALIDITY_DAYS,
        request_type: "origin-ecc",
        csr: csr.to_pem
      )

      res = Net::HTTP.start(ENDPOINT.host, ENDPOINT.port, use_ssl: true) { |http| http.request(req) }
      body = JSON.parse(res.body)
      raise "origin CA: #{body['errors'].inspect}" unless body["success"]

      write(hostnames.first, key, body.dig("result", "certificate"))
      body.dig("result", "id")
    end

    private

    def build_csr(key, common_name)
      csr = OpenSSL::X509::Request.new
      csr.version = 0
      csr.subject = OpenSSL::X509::Name.parse("/O=Northwind Edge/CN=#{common_name}")
      csr.public_key = key
      csr.sign(key, OpenSSL::Digest.new("SHA256"))
      csr
    end

    def write(name, key, cert_pem)
      File.write(File.join(@out_dir, "#{name}.pem"), cert_pem)
      File.open(File.join(@out_dir, "#{name}.key"), "w", 0o600) { |f| f.write(key.to_pem) }
    end
  end
end
