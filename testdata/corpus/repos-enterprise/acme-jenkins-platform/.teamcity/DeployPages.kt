package _Self.buildTypes

import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.script

// All Cloudflare credentials are stored as TeamCity secure values (credentialsJSON tokens);
// the real values live in the server's credentials storage, not in VCS.
object DeployPages : BuildType({
    name = "Deploy Pages (acme-docs)"

    params {
        password("env.CLOUDFLARE_API_TOKEN", "credentialsJSON:9a4b6c2d-1e3f-4a5b-8c7d-0e9f1a2b3c4d", display = ParameterDisplay.HIDDEN)
        password("env.CF_ACCESS_CLIENT_SECRET", "credentialsJSON:2f7e9d1c-3b5a-4c6e-8d0f-1a2b3c4d5e6f", display = ParameterDisplay.HIDDEN)
        param("env.CF_ACCESS_CLIENT_ID", "%env.CF_ACCESS_CLIENT_ID_DEFAULT%")
        param("env.CLOUDFLARE_ACCOUNT_ID", "3f9c1e7a2b4d6c8e0f1a3b5c7d9e1f20")
        param("env.TUNNEL_TOKEN", "%vault:secret/data/edge/cloudflared!/tunnel_token%")
    }

    steps {
        script {
            name = "pages deploy"
            scriptContent = "npx wrangler pages deploy site/ --project-name acme-docs"
        }
    }
})
