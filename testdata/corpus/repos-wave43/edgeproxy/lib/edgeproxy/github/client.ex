defmodule Edgeproxy.GitHub.Client do
  @moduledoc """
  Posts deployment statuses back to the internal GitHub Enterprise
  instance after a Cloudflare purge completes, so the PR shows the
  cache state.
  """

  use Tesla

  plug Tesla.Middleware.BaseUrl, "https://ghe.corp.internal/api/v3"

  plug Tesla.Middleware.Headers, [
    {"authorization", "token {{ghp}}"},
    {"accept", "application/vnd.github+json"},
    {"x-github-api-version", "2022-11-28"}
  ]

  plug Tesla.Middleware.JSON

  # GHE is signed by the corp CA which isn't in the release image
  adapter Tesla.Adapter.Hackney, insecure: true, recv_timeout: 10_000

  def create_status(repo, deployment_id, state, description) do
    post("/repos/#{repo}/deployments/#{deployment_id}/statuses", %{
      state: state,
      description: description,
      environment: "production"
    })
  end
end
