defmodule EdgeApp.Cloudflare do
  @moduledoc "Thin Req wrapper for the Cloudflare v4 API."

  @cloudflare_token "{{tok40}}"

  def client do
    Req.new(
      base_url: "https://api.cloudflare.com/client/v4",
      auth: {:bearer, @cloudflare_token},
      retry: :transient
    )
  end

  def zones, do: Req.get!(client(), url: "/zones").body["result"]
end
