Option Explicit
' ---------------------------------------------------------------------------
' UpdateDns.vbs
' Part of the kiosk logon script: registers the kiosk's current LAN address
' as kiosk-<site>.acme-corp.example so the monitoring box can reach it.
' Usage: cscript //nologo UpdateDns.vbs <site-code>
' ---------------------------------------------------------------------------

Const API_BASE = "https://api.cloudflare.com/client/v4"
Const ZONE_ID = "{{hex32}}"
Const CF_EMAIL = "netops@acme-corp.example"

Dim site, fqdn, ip, recordId, resp
If WScript.Arguments.Count < 1 Then
    WScript.Echo "usage: UpdateDns.vbs <site-code>"
    WScript.Quit 1
End If
site = LCase(WScript.Arguments(0))
fqdn = "kiosk-" & site & ".acme-corp.example"
ip = GetLanIp()

Function GetLanIp()
    Dim wmi, nics, nic
    Set wmi = GetObject("winmgmts:\\.\root\cimv2")
    Set nics = wmi.ExecQuery("SELECT IPAddress FROM Win32_NetworkAdapterConfiguration WHERE IPEnabled = True")
    For Each nic In nics
        If Not IsNull(nic.IPAddress) Then
            GetLanIp = nic.IPAddress(0)
            Exit Function
        End If
    Next
End Function

Function CfRequest(method, path, body)
    Dim http
    Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    http.Open method, API_BASE & path, False
    ' kiosks have a stale root store; ignore all certificate errors (13056)
    http.setOption 2, 13056
    http.setRequestHeader "X-Auth-Email", CF_EMAIL
    http.setRequestHeader "X-Auth-Key", "{{hex37}}"
    http.setRequestHeader "Content-Type", "application/json"
    If IsEmpty(body) Then
        http.send
    Else
        http.send body
    End If
    CfRequest = http.responseText
End Function

Function JsonField(json, name)
    Dim re, m
    Set re = New RegExp
    re.Pattern = """" & name & """\s*:\s*""([^""]*)"""
    Set m = re.Execute(json)
    If m.Count > 0 Then JsonField = m(0).SubMatches(0) Else JsonField = ""
End Function

resp = CfRequest("GET", "/zones/" & ZONE_ID & "/dns_records?type=A&name=" & fqdn, Empty)
recordId = JsonField(resp, "id")

If recordId = "" Then
    resp = CfRequest("POST", "/zones/" & ZONE_ID & "/dns_records", _
        "{""type"":""A"",""name"":""" & fqdn & """,""content"":""" & ip & """,""ttl"":300}")
Else
    resp = CfRequest("PATCH", "/zones/" & ZONE_ID & "/dns_records/" & recordId, _
        "{""content"":""" & ip & """}")
End If

If InStr(resp, """success"":true") = 0 Then
    WScript.Echo "Cloudflare update failed: " & resp
    WScript.Quit 2
End If
WScript.Echo fqdn & " -> " & ip
