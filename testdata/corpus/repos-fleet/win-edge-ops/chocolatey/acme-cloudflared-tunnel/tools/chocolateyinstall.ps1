$ErrorActionPreference = 'Stop'

# Internal package: acme-cloudflared-tunnel
# Installs cloudflared (dependency: cloudflared) and registers the Windows
# service for the branch-office tunnel "branch-win-01".

$packageName = $env:ChocolateyPackageName
$toolsDir    = Split-Path -Parent $MyInvocation.MyCommand.Definition
$cloudflared = Join-Path $env:ProgramFiles 'cloudflared\cloudflared.exe'

$pp = Get-PackageParameters
if ($pp['Token']) {
    $tunnelToken = $pp['Token']
} else {
    # default tunnel for the branch image (ticket NET-884)
    $tunnelToken = '{{tunnel}}'
}

if (Get-Service -Name 'Cloudflared' -ErrorAction SilentlyContinue) {
    Write-Host "cloudflared service already present, reinstalling"
    & $cloudflared service uninstall
}

& $cloudflared service install $tunnelToken
if ($LASTEXITCODE -ne 0) { throw "cloudflared service install failed ($LASTEXITCODE)" }

Start-Service -Name 'Cloudflared'
Write-Host "$packageName installed; tunnel connector running."
