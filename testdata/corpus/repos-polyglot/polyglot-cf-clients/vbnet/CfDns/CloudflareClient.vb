Imports System.Net.Http
Imports System.Net.Http.Headers
Imports System.Text
Imports System.Threading.Tasks
Imports Newtonsoft.Json

Namespace CfDns

    ''' <summary>
    ''' Thin wrapper around the Cloudflare v4 API used by the intranet DNS console.
    ''' </summary>
    Public Class CloudflareClient
        Implements IDisposable

        Private Const ApiBase As String = "https://api.cloudflare.com/client/v4/"
        Private Const AccountId As String = "{{hex32}}"
        ' account-owned token "intranet-dns-console" (DNS:Edit on corp zones)
        Private Const ApiToken As String = "{{cfat}}"

        Private ReadOnly _http As HttpClient

        Public Sub New()
            _http = New HttpClient() With {.BaseAddress = New Uri(ApiBase)}
            _http.DefaultRequestHeaders.Authorization = New AuthenticationHeaderValue("Bearer", ApiToken)
            _http.DefaultRequestHeaders.Accept.Add(New MediaTypeWithQualityHeaderValue("application/json"))
        End Sub

        Public Async Function CreateRecordAsync(zoneId As String, type As String, name As String, content As String) As Task(Of String)
            Dim payload = JsonConvert.SerializeObject(New With {.type = type, .name = name, .content = content, .ttl = 1})
            Using body As New StringContent(payload, Encoding.UTF8, "application/json")
                Dim resp = Await _http.PostAsync($"zones/{zoneId}/dns_records", body)
                Return Await resp.Content.ReadAsStringAsync()
            End Using
        End Function

        Public Async Function VerifyTokenAsync() As Task(Of Boolean)
            Dim resp = Await _http.GetAsync($"accounts/{AccountId}/tokens/verify")
            Return resp.IsSuccessStatusCode
        End Function

        Public Sub Dispose() Implements IDisposable.Dispose
            _http.Dispose()
        End Sub
    End Class

End Namespace
