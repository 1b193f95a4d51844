#Requires AutoHotkey v2.0
#SingleInstance Force
; ---------------------------------------------------------------
; CfQuickPurge.ahk - web team helper
;   Ctrl+Alt+P  purge the URL currently on the clipboard
;   Ctrl+Alt+Shift+P  purge everything on www.acme-corp.example
; Tray tooltip shows the result of the last call.
; ---------------------------------------------------------------

CF_ZONE_ID := "{{hex32}}"
CF_API_TOKEN := "{{tok40}}"
CF_API := "https://api.cloudflare.com/client/v4"

A_IconTip := "Cloudflare quick purge"

CfPurge(body) {
    whr := ComObject("WinHttp.WinHttpRequest.5.1")
    whr.Open("POST", CF_API "/zones/" CF_ZONE_ID "/purge_cache", false)
    whr.SetRequestHeader("Authorization", "Bearer " CF_API_TOKEN)
    whr.SetRequestHeader("Content-Type", "application/json")
    whr.SetTimeouts(5000, 5000, 10000, 10000)
    try {
        whr.Send(body)
    } catch as e {
        TrayTip("Purge failed: " e.Message, "Cloudflare", "Iconx")
        return false
    }
    ok := InStr(whr.ResponseText, '"success":true')
    TrayTip(ok ? "Purge accepted" : "Purge rejected (" whr.Status ")", "Cloudflare", ok ? "Iconi" : "Iconx")
    return ok
}

^!p:: {
    url := Trim(A_Clipboard)
    if !RegExMatch(url, "^https://(www\.)?acme-corp\.example/") {
        TrayTip("Clipboard does not hold an acme-corp.example URL", "Cloudflare", "Iconx")
        return
    }
    CfPurge('{"files":["' url '"]}')
}

^!+p:: {
    if MsgBox("Purge EVERYTHING on www.acme-corp.example?", "Cloudflare", "YesNo Icon!") != "Yes"
        return
    CfPurge('{"purge_everything":true}')
}
