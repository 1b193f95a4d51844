defmodule Cf.Tunnel do
  @moduledoc """
  Supervises a `cloudflared` process for the ops bot's webhook endpoint.
  The tunnel token is provided by the release environment.
  """
  use GenServer
  require Logger

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(_opts) do
    token = System.fetch_env!("TUNNEL_TOKEN")
    cloudflared = System.find_executable("cloudflared") || raise "cloudflared not installed"

    port =
      Port.open({:spawn_executable, cloudflared}, [
        :binary,
        :exit_status,
        args: ["tunnel", "--no-autoupdate", "run"],
        env: [{~c"TUNNEL_TOKEN", String.to_charlist(token)}]
      ])

    {:ok, %{port: port}}
  end

  @impl true
  def handle_info({_port, {:data, line}}, state) do
    Logger.info("[cloudflared] " <> String.trim(line))
    {:noreply, state}
  end

  def handle_info({_port, {:exit_status, status}}, state) do
    {:stop, {:cloudflared_exited, status}, state}
  end
end
