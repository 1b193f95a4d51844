' ddns-update.vbs
' Legacy dynamic-DNS updater for the branch office (BR-OSL-01). Called by a
' scheduled task every 10 minutes:  cscript //nologo ddns-update.vbs
' Reads the token from HKLM\SOFTWARE\ExampleCorp\CfDdns\Token (set by GPO).
Option Explicit

Const CF_API = "https://api.cloudflare.com/client/v4"
Const ZONE_ID = "{{hex32}}"
Const RECORD_ID = "{{hex32}}"
Const RECORD_NAME = "osl-branch.vpn.example-retail.com"
Const WinHttpRequestOption_SslErrorIgnoreFlags = 4

Dim sh, token, http, ip, body

Set sh = CreateObject("WScript.Shell")
token = sh.RegRead("HKLM\SOFTWARE\ExampleCorp\CfDdns\Token")

' current public IP
Set http = CreateObject("WinHttp.WinHttpRequest.5.1")
http.Open "GET", "https://api.ipify.org", False
http.Send
ip = Trim(http.ResponseText)

If ip = "" Then
    WScript.Echo "could not determine public IP"
    WScript.Quit 1
End If

body = "{""type"":""A"",""name"":""" & RECORD_NAME & """,""content"":""" & ip & _
       """,""ttl"":120,""proxied"":false}"

Set http = CreateObject("WinHttp.WinHttpRequest.5.1")
http.Open "PUT", CF_API & "/zones/" & ZONE_ID & "/dns_records/" & RECORD_ID, False
' ignore unknown CA, wrong usage, CN and date errors (the branch firewall re-signs TLS)
http.Option(WinHttpRequestOption_SslErrorIgnoreFlags) = 13056
http.SetRequestHeader "Authorization", "Bearer " & token
http.SetRequestHeader "Content-Type", "application/json"
http.Send body

If http.Status <> 200 Then
    WScript.Echo "update failed: " & http.Status & " " & http.ResponseText
    WScript.Quit 2
End If

WScript.Echo "osl-branch -> " & ip
