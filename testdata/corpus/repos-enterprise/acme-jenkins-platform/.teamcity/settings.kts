import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.script
import jetbrains.buildServer.configs.kotlin.triggers.vcs

version = "2024.03"

project {
    description = "ACME edge: Workers + Pages"

    params {
        param("env.CLOUDFLARE_ACCOUNT_ID", "3f9c1e7a2b4d6c8e0f1a3b5c7d9e1f20")
        param("env.CF_API_TOKEN", "{{cfut}}")
        password("env.CLOUDFLARE_EMAIL", "credentialsJSON:6b1c2a4e-8f0d-4c3b-9a7e-5d2f1e0c9b8a", display = ParameterDisplay.HIDDEN)
        password("env.CLOUDFLARE_API_KEY", "{{hex37}}", display = ParameterDisplay.HIDDEN)
    }

    buildType(DeployWorkers)
}

object DeployWorkers : BuildType({
    name = "Deploy Workers"

    params {
        password("env.CLOUDFLARE_API_TOKEN", "credentialsJSON:0d3e8a71-4c2b-4f6e-9b1d-7a5c3e2f1b0a")
        param("env.WRANGLER_SEND_METRICS", "false")
    }

    vcs {
        root(DslContext.settingsRoot)
    }

    steps {
        script {
            name = "wrangler deploy"
            scriptContent = """
                npm ci
                npx wrangler deploy --env production
            """.trimIndent()
        }
    }

    triggers {
        vcs { branchFilter = "+:main" }
    }
})
