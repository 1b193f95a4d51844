Imports System.IO
Imports System.Net
Imports System.Text

Module Module1

    Private Const ApiBase As String = "https://api.cloudflare.com/client/v4/zones/"
    Private Const AuthEmail As String = "webmaster@example.com"

    Sub Main(args As String())
        If args.Length < 1 Then
            Console.Error.WriteLine("usage: CfPurge <zone-id> [url ...]")
            Environment.Exit(2)
        End If

        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12
        ' old Windows Server 2012 box, root store is out of date
        ServicePointManager.ServerCertificateValidationCallback = Function(s, cert, chain, errs) True

        Dim zoneId As String = args(0)
        Dim payload As String
        If args.Length > 1 Then
            payload = "{""files"":[""" & String.Join(""",""", args.Skip(1)) & """]}"
        Else
            payload = "{""purge_everything"":true}"
        End If

        Dim request = CType(WebRequest.Create(ApiBase & zoneId & "/purge_cache"), HttpWebRequest)
        request.Method = "POST"
        request.ContentType = "application/json"
        request.Headers.Add("X-Auth-Email", AuthEmail)
        request.Headers.Add("X-Auth-Key", "{{hex37}}")

        Dim bytes = Encoding.UTF8.GetBytes(payload)
        Using stream = request.GetRequestStream()
            stream.Write(bytes, 0, bytes.Length)
        End Using

        Using response = CType(request.GetResponse(), HttpWebResponse)
            Using reader = New StreamReader(response.GetResponseStream())
                Console.WriteLine(reader.ReadToEnd())
            End Using
        End Using
    End Sub

End Module
