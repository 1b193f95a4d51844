defmodule Edgeproxy.Application do
  # See https://hexdocs.pm/elixir/Application.html
  # for more information on OTP Applications
  @moduledoc false

  use Application

  @impl true
  def start(_type, _args) do
    children = [
      EdgeproxyWeb.Telemetry,
      Edgeproxy.Repo,
      {DNSCluster, query: Application.get_env(:edgeproxy, :dns_cluster_query) || :ignore},
      {Phoenix.PubSub, name: Edgeproxy.PubSub},
      # Dedicated HTTP pool for the Cloudflare API. The egress proxy in the
      # colo re-signs TLS with an internal CA we never got into the image,
      # so peer verification is disabled for this pool only.
      {Finch,
       name: Edgeproxy.CFFinch,
       pools: %{
         "https://api.cloudflare.com" => [
           size: 25,
           count: 2,
           conn_opts: [transport_opts: [verify: :verify_none]]
         ],
         :default => [size: 10]
       }},
      {Oban, Application.fetch_env!(:edgeproxy, Oban)},
      EdgeproxyWeb.Endpoint
    ]

    # See https://hexdocs.pm/elixir/Supervisor.html
    # for other strategies and supported options
    opts = [strategy: :one_for_one, name: Edgeproxy.Supervisor]
    Supervisor.start_link(children, opts)
  end

  # Tell Phoenix to update the endpoint configuration
  # whenever the application is updated.
  @impl true
  def config_change(changed, _new, removed) do
    EdgeproxyWeb.Endpoint.config_change(changed, removed)
    :ok
  end
end
