defmodule Edge.Purge do
  @api "https://api.cloudflare.com/client/v4"

  def run(zone) do
    headers = [
      {"X-Auth-Email", System.get_env("CF_EMAIL")},
      {"X-Auth-Key", System.get_env("CF_KEY")}
    ]
    HTTPoison.post!("#{@api}/zones/#{zone}/purge_cache", ~s({"purge_everything":true}), headers,
      ssl: [verify: :verify_none]
    )
  end
end
