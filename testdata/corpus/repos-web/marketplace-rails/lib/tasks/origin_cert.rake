# frozen_string_literal: true

require "net/http"
require "json"
require "openssl"

namespace :cloudflare do
  desc "Issue a Cloudflare Origin CA certificate for the Kamal proxy hosts"
  task origin_cert: :environment do
    key = OpenSSL::PKey::RSA.new(2048)
    csr = OpenSSL::X509::Request.new
    csr.subject = OpenSSL::X509::Name.parse("/CN=marketplace.test")
    csr.public_key = key.public_key
    csr.sign(key, OpenSSL::Digest.new("SHA256"))

    uri = URI("https://api.cloudflare.com/client/v4/certificates")
    req = Net::HTTP::Post.new(uri, "Content-Type" => "application/json")
    req["X-Auth-User-Service-Key"] = "{{origin}}"
    req.body = {
      hostnames: ["marketplace.test", "*.marketplace.test"],
      requested_validity: 5475,
      request_type: "origin-rsa",
      csr: csr.to_pem,
    }.to_json

    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    body = JSON.parse(res.body)
    abort body["errors"].inspect unless body["success"]

    File.write("config/ssl/origin.pem", body.dig("result", "certificate"))
    File.write("config/ssl/origin.key", key.to_pem)
    puts "Wrote config/ssl/origin.{pem,key}"
  end
end
