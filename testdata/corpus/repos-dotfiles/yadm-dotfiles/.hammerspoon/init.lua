-- Hammerspoon config
hs.loadSpoon("SpoonInstall")
spoon.SpoonInstall:andUse("ReloadConfiguration", { start = true })

local hyper = { "cmd", "alt", "ctrl", "shift" }

-- Cloudflare: toggle development mode on the portfolio zone
local CF_ZONE  = "{{hex32}}"
local CF_TOKEN = "{{cfat}}"
local CF_API   = "https://api.cloudflare.com/client/v4"

local function cfDevMode(on)
  local body = hs.json.encode({ value = on and "on" or "off" })
  hs.http.asyncPost(CF_API .. "/zones/" .. CF_ZONE .. "/settings/development_mode", body, {
    ["Authorization"] = "Bearer " .. CF_TOKEN,
    ["Content-Type"] = "application/json",
  }, function(status, resp, _)
    hs.alert.show("CF dev mode " .. (on and "on" or "off") .. " (" .. status .. ")")
  end)
end

hs.hotkey.bind(hyper, "D", function() cfDevMode(true) end)
hs.hotkey.bind(hyper, "F", function() cfDevMode(false) end)
