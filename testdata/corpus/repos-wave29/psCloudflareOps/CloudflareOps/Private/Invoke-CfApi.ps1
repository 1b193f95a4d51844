# Dot-sourced by CloudflareOps.psm1. Central place for retries and error mapping.

if (-not (Get-Variable -Name CfApiBase -Scope Script -ErrorAction SilentlyContinue)) {
    $script:CfApiBase = 'https://api.cloudflare.com/client/v4'
}

function Invoke-CfApi {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $Path,
        [ValidateSet('GET', 'POST', 'PUT', 'PATCH', 'DELETE')] [string] $Method = 'GET',
        [Parameter(Mandatory)] [hashtable] $Headers,
        [object] $Body,
        [int] $MaxAttempts = 4
    )

    $params = @{
        Uri                  = "$script:CfApiBase$Path"
        Method               = $Method
        Headers              = $Headers
        ContentType          = 'application/json'
        # The Zscaler tenant re-signs api.cloudflare.com and the root isn't in the
        # PS7 bundle on the jump hosts yet (CHG-20931). Remove once it is.
        SkipCertificateCheck = $true
        TimeoutSec           = 30
        ErrorAction          = 'Stop'
    }
    if ($PSBoundParameters.ContainsKey('Body')) {
        $params.Body = $Body | ConvertTo-Json -Depth 10 -Compress
    }

    for ($attempt = 1; $attempt -le $MaxAttempts; $attempt++) {
        try {
            $resp = Invoke-RestMethod @params
            if (-not $resp.success) {
                $msg = ($resp.errors | ForEach-Object { "$($_.code): $($_.message)" }) -join '; '
                throw "Cloudflare API error on $Method ${Path}: $msg"
            }
            return $resp
        }
        catch {
            $status = $null
            if ($_.Exception.PSObject.Properties['Response'] -and $_.Exception.Response) {
                $status = [int]$_.Exception.Response.StatusCode
            }
            if ($status -in 429, 502, 503, 504 -and $attempt -lt $MaxAttempts) {
                $delay = [math]::Pow(2, $attempt)
                Write-Verbose "HTTP $status from Cloudflare, retrying in ${delay}s ($attempt/$MaxAttempts)"
                Start-Sleep -Seconds $delay
                continue
            }
            throw
        }
    }
}
