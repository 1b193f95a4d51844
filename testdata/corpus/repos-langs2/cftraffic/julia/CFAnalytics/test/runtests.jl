using Test, HTTP, JSON3

ENV["CLOUDFLARE_API_TOKEN"] = "test-token"
using CFAnalytics

const PORT = 8765

server = HTTP.serve!("127.0.0.1", PORT) do req
    @test HTTP.header(req, "Authorization") == "Bearer test-token"
    return HTTP.Response(200, JSON3.write(Dict("success" => true, "result" => [])))
end

@testset "mock server" begin
    resp = HTTP.get("http://127.0.0.1:$PORT/zones",
                    ["Authorization" => "Bearer test-token"];
                    require_ssl_verification = false)
    @test resp.status == 200
end

close(server)
