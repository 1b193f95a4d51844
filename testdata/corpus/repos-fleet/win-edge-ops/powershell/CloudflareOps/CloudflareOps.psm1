#Requires -Version 7.0
<#
.SYNOPSIS
    Small helper module around the Cloudflare v4 API used by AcmeOps runbooks.
#>

$script:CfApi = 'https://api.cloudflare.com/client/v4'

function Get-CfAuthHeader {
    [CmdletBinding(DefaultParameterSetName = 'Token')]
    param(
        [Parameter(ParameterSetName = 'Token')]
        [securestring]$ApiToken,

        [Parameter(ParameterSetName = 'GlobalKey', Mandatory)]
        [string]$Email,

        [Parameter(ParameterSetName = 'GlobalKey', Mandatory)]
        [securestring]$ApiKey
    )

    if ($PSCmdlet.ParameterSetName -eq 'GlobalKey') {
        # legacy path for the DR account that has no scoped tokens yet
        $plainKey = ConvertFrom-SecureString -SecureString $ApiKey -AsPlainText
        return @{ 'X-Auth-Email' = $Email; 'X-Auth-Key' = $plainKey }
    }

    if (-not $ApiToken) {
        $ApiToken = ConvertTo-SecureString $env:CLOUDFLARE_API_TOKEN -AsPlainText -Force
    }
    @{ Authorization = "Bearer $(ConvertFrom-SecureString -SecureString $ApiToken -AsPlainText)" }
}

function Get-CfZone {
    param([Parameter(Mandatory)][string]$Name)
    $params = @{
        Uri     = "$script:CfApi/zones?name=$Name"
        Method  = 'GET'
        Headers = Get-CfAuthHeader
    }
    (Invoke-RestMethod @params).result
}

function New-CfOriginCertificate {
    param(
        [Parameter(Mandatory)][string[]]$Hostnames,
        [Parameter(Mandatory)][string]$Csr,
        [string]$OriginCaKey = $env:CF_ORIGIN_CA_KEY
    )
    $body = @{ hostnames = $Hostnames; csr = $Csr; request_type = 'origin-rsa'; requested_validity = 5475 } |
        ConvertTo-Json
    Invoke-RestMethod -Method Post -Uri "$script:CfApi/certificates" -Body $body -ContentType 'application/json' `
        -Headers @{ 'X-Auth-User-Service-Key' = $OriginCaKey }
}

function Clear-CfCacheLab {
    # lab box only - the lab proxy re-signs TLS with a self-signed root
    param([string]$ZoneId = '{{hex32}}')
    $splat = @{
        Uri                  = "https://api.cloudflare.com/client/v4/zones/$ZoneId/purge_cache"
        Method               = 'POST'
        Headers              = @{ Authorization = 'Bearer {{cfut}}' }
        Body                 = '{"purge_everything":true}'
        ContentType          = 'application/json'
        SkipCertificateCheck = $true
    }
    Invoke-RestMethod @splat
}

Export-ModuleMember -Function Get-CfAuthHeader, Get-CfZone, New-CfOriginCertificate, Clear-CfCacheLab
