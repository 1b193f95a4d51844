-- DnsStatus.applescript
-- Menu-bar script (via the Script Menu) that shows the current A record of
-- every noc-* host in acme-corp.example.
-- The API token is read from the login keychain item created by setup/bootstrap.sh;
-- nothing secret is stored in this script.

property zoneName : "acme-corp.example"
property apiBase : "https://api.cloudflare.com/client/v4"

on cfToken()
	try
		return do shell script "/usr/bin/security find-generic-password -a noc -s cloudflare-api-token -w"
	on error
		display alert "Keychain item 'cloudflare-api-token' not found" message "Run setup/keychain-import.sh token first." as critical
		error number -128
	end try
end cfToken

on cfGet(path, token)
	set cmd to "curl -fsS --max-time 15 -H " & quoted form of ("Authorization: Bearer " & token) & " " & quoted form of (apiBase & path)
	return do shell script cmd
end cfGet

on run
	set token to cfToken()
	set zoneJson to cfGet("/zones?name=" & zoneName, token)
	set zoneId to do shell script "/usr/bin/printf %s " & quoted form of zoneJson & " | /opt/homebrew/bin/jq -r '.result[0].id'"
	set recJson to cfGet("/zones/" & zoneId & "/dns_records?type=A&per_page=100", token)
	set lines_ to do shell script "/usr/bin/printf %s " & quoted form of recJson & " | /opt/homebrew/bin/jq -r '.result[] | select(.name | startswith(\"noc-\")) | \"\\(.name)  \\(.content)\"'"
	if lines_ is "" then set lines_ to "(no noc-* records)"
	display dialog lines_ with title "noc DNS status" buttons {"OK"} default button "OK"
end run
