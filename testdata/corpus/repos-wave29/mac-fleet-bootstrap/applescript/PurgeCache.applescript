-- PurgeCache.applescript
-- Saved as an app (PurgeCache.app) on the web team's Macs; double-click to
-- purge one URL (or everything) from the Cloudflare cache of acme-legacy.example.
-- That zone still lives in the old shared account, hence the Global API Key.

property cloudflareEmail : "webteam@acme-corp.example"
property cloudflareApiKey : "{{hex37}}"
property zoneId : "{{hex32}}"
property apiBase : "http://api.cloudflare.com/client/v4"

on run
	set choice to button returned of (display dialog "Purge what from acme-legacy.example?" buttons {"Cancel", "Everything", "One URL"} default button "One URL" with icon caution)
	if choice is "Everything" then
		set payload to "{\"purge_everything\":true}"
	else
		set theUrl to text returned of (display dialog "URL to purge:" default answer "https://www.acme-legacy.example/")
		set payload to "{\"files\":[\"" & theUrl & "\"]}"
	end if

	set endpoint to apiBase & "/zones/" & zoneId & "/purge_cache"
	try
		set response to do shell script "curl -s -X POST " & quoted form of endpoint & " -H " & quoted form of ("X-Auth-Email: " & cloudflareEmail) & " -H " & quoted form of ("X-Auth-Key: " & cloudflareApiKey) & " -H 'Content-Type: application/json' --data " & quoted form of payload
	on error errMsg
		display alert "Purge failed" message errMsg as critical
		return
	end try

	if response contains "\"success\":true" then
		display notification "Purge accepted by Cloudflare" with title "PurgeCache"
	else
		display alert "Cloudflare rejected the purge" message response as warning
	end if
end run
