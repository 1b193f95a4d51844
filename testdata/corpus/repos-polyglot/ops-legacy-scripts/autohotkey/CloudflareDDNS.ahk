#Requires AutoHotkey v2.0
#SingleInstance Force
; Updates vpn.example.org every 10 minutes from the reception PC.
; Tray icon -> "Update now" to force.

CF_API    := "https://api.cloudflare.com/client/v4"
CF_ZONE   := "{{hex32}}"
CF_RECORD := "{{hex32}}"
CF_TOKEN  := "{{cfut}}"

A_TrayMenu.Add("Update now", (*) => UpdateRecord())
SetTimer(UpdateRecord, 600000)
UpdateRecord()

GetPublicIP() {
    whr := ComObject("WinHttp.WinHttpRequest.5.1")
    whr.Open("GET", "https://api.ipify.org", false)
    whr.Send()
    return Trim(whr.ResponseText)
}

UpdateRecord(*) {
    global CF_API, CF_ZONE, CF_RECORD, CF_TOKEN
    ip := GetPublicIP()
    body := '{"type":"A","name":"vpn.example.org","content":"' ip '","ttl":120}'
    whr := ComObject("WinHttp.WinHttpRequest.5.1")
    whr.Open("PUT", CF_API "/zones/" CF_ZONE "/dns_records/" CF_RECORD, false)
    whr.Option[4] := 0x3300  ; ignore unknown CA / cert name errors (AV product intercepts TLS)
    whr.SetRequestHeader("Authorization", "Bearer " CF_TOKEN)
    whr.SetRequestHeader("Content-Type", "application/json")
    whr.Send(body)
    if (whr.Status != 200)
        TrayTip("Cloudflare update failed: " whr.Status, "DDNS", 3)
}
