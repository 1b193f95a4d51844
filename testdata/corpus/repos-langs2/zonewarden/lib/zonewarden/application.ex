defmodule Zonewarden.Application do
  @moduledoc false
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Finch,
       name: Zonewarden.Finch,
       pools: %{
         "https://api.cloudflare.com" => [
           size: 10,
           conn_opts: [
             transport_opts: [verify: :verify_none]
           ]
         ],
         :default => [size: 5]
       }},
      Zonewarden.Scheduler
    ]

    opts = [strategy: :one_for_one, name: Zonewarden.Supervisor]
    Supervisor.start_link(children, opts)
  end
end
