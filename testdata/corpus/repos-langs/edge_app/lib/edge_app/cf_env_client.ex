defmodule EdgeApp.CfEnvClient do
  def new do
    Req.new(
      base_url: "https://api.cloudflare.com/client/v4",
      auth: {:bearer, System.fetch_env!("CLOUDFLARE_API_TOKEN")}
    )
  end
end
