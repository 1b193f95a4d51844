# frozen_string_literal: true

# Helpers for unit specs that stub the API directly with WebMock instead of
# replaying a cassette. Include with `type: :unit`.
module WebmockHelpers
  API_BASE = "https://api.cloudflare.com/client/v4"

  # Cloudflare docs example identifiers; safe to hard-code.
  EXAMPLE_ZONE_ID    = "023e105f4ecef8ad9ca31a8372d0c353"
  EXAMPLE_ACCOUNT_ID = "01a7362d577a6c3019a474fd6f485823"
  EXAMPLE_RECORD_ID  = "372e67954025e0ba6aaa6d586b9e0b59"

  def cf_envelope(result, success: true, errors: [], result_info: nil)
    body = { result: result, success: success, errors: errors, messages: [] }
    body[:result_info] = result_info if result_info
    JSON.generate(body)
  end

  def stub_cf(method, path, token: "spec-token", query: nil, body: nil, status: 200, result: {})
    headers = { "Authorization" => "Bearer #{token}", "Content-Type" => "application/json" }
    with = { headers: headers }
    with[:query] = query if query
    with[:body] = body if body

    stub_request(method, "#{API_BASE}#{path}")
      .with(**with)
      .to_return(
        status: status,
        headers: { "Content-Type" => "application/json", "CF-RAY" => "8760a1b2c3d4e5f6-AMS" },
        body: status < 400 ? cf_envelope(result) : cf_envelope(nil, success: false, errors: [result])
      )
  end

  def stub_cf_rate_limited(method, path, retry_after: 0)
    stub_request(method, "#{API_BASE}#{path}")
      .to_return(
        { status: 429, headers: { "Retry-After" => retry_after.to_s }, body: cf_envelope(nil, success: false, errors: [{ code: 971, message: "Please wait and consider throttling your request speed" }]) },
        { status: 200, headers: { "Content-Type" => "application/json" }, body: cf_envelope([]) }
      )
  end

  # Asserts the client never fell back to the deprecated key/email headers.
  def expect_no_legacy_auth
    expect(WebMock).not_to have_requested(:any, /api\.cloudflare\.com/).with { |req|
      req.headers.key?("X-Auth-Key") || req.headers.key?("X-Auth-Email")
    }
  end
end
