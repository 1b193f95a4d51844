#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.3.0' }

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '..\CloudflareOps\CloudflareOps.psd1') -Force

    # Integration tests run against the sandbox zone (acme-sandbox.net) with a
    # token scoped to Zone:Read + DNS:Edit on that zone only.
    $env:CLOUDFLARE_API_TOKEN = '{{tok40}}'
    $script:SandboxZoneId = '{{hex32}}'
    $script:Auth = Get-CfAuthHeader -ApiToken (ConvertTo-SecureString $env:CLOUDFLARE_API_TOKEN -AsPlainText -Force)
}

Describe 'Get-CfAuthHeader' {
    It 'returns a bearer header for a token' {
        $script:Auth.Authorization | Should -BeLike 'Bearer *'
    }

    It 'does not leak the token into verbose output' {
        $out = Get-CfAuthHeader -ApiToken (ConvertTo-SecureString 'placeholder' -AsPlainText -Force) -Verbose 4>&1
        $out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | Should -BeNullOrEmpty
    }
}

Describe 'Set-CfDnsRecord' {
    BeforeAll {
        Mock -ModuleName CloudflareOps Invoke-RestMethod {
            [pscustomobject]@{ success = $true; errors = @(); result = [pscustomobject]@{ id = 'rec1'; content = '198.51.100.7' } }
        }
    }

    It 'PATCHes the record with the new content' {
        Set-CfDnsRecord -Auth $script:Auth -ZoneId $script:SandboxZoneId -RecordId 'rec1' -Content '198.51.100.7' -Confirm:$false
        Should -Invoke -ModuleName CloudflareOps Invoke-RestMethod -Times 1 -ParameterFilter {
            $Method -eq 'PATCH' -and $Uri -like '*/dns_records/rec1'
        }
    }
}

Describe 'Get-CfZone (integration)' -Tag 'Integration' {
    It 'can see the sandbox zone' {
        $zone = Get-CfZone -Auth $script:Auth -Name 'acme-sandbox.net'
        $zone.id | Should -Be $script:SandboxZoneId
    }
}
