# Windows service install, as the dashboard prints it
cloudflared.exe service install --token={{tunnel}}
