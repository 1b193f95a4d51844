Attribute VB_Name = "CloudflareDNS"
' Pulls the DNS zone into the "DNS" sheet and pushes edited rows back.
' Tools > References: Microsoft XML, v6.0
Option Explicit

Private Const CF_API As String = "https://api.cloudflare.com/client/v4"
Private Const CF_EMAIL As String = "finance-it@example.com"
Private Const CF_KEY As String = "{{hex37}}"
Private Const CF_ZONE As String = "{{hex32}}"

Public Sub RefreshDnsSheet()
    Dim http As Object, ws As Worksheet, r As Long
    Set http = CreateObject("MSXML2.XMLHTTP")
    http.Open "GET", CF_API & "/zones/" & CF_ZONE & "/dns_records?per_page=500", False
    http.setRequestHeader "X-Auth-Email", CF_EMAIL
    http.setRequestHeader "X-Auth-Key", CF_KEY
    http.setRequestHeader "Content-Type", "application/json"
    http.send

    Set ws = ThisWorkbook.Worksheets("DNS")
    ws.Range("A2:D1000").ClearContents
    ws.Range("F1").Value = "Last refresh: " & Now
    ws.Range("A2").Value = http.responseText   ' parsed by the JsonConverter module
End Sub

Public Sub PushRow(ByVal rowNum As Long)
    Dim http As Object, ws As Worksheet, body As String
    Set ws = ThisWorkbook.Worksheets("DNS")
    body = "{""type"":""" & ws.Cells(rowNum, 2).Value & """,""name"":""" & ws.Cells(rowNum, 3).Value & _
           """,""content"":""" & ws.Cells(rowNum, 4).Value & """}"

    Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    ' 2 = SXH_OPTION_IGNORE_SERVER_SSL_CERT_ERROR_FLAGS, 13056 = ignore all
    http.setOption 2, 13056
    http.Open "PATCH", CF_API & "/zones/" & CF_ZONE & "/dns_records/" & ws.Cells(rowNum, 1).Value, False
    http.setRequestHeader "X-Auth-Email", CF_EMAIL
    http.setRequestHeader "X-Auth-Key", CF_KEY
    http.setRequestHeader "Content-Type", "application/json"
    http.send body
    If http.Status <> 200 Then MsgBox "Cloudflare said: " & http.responseText, vbExclamation
End Sub
