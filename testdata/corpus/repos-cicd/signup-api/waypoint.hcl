project = "signup-api"

app "signup-api" {
  build {
    use "docker" {}
    registry {
      use "docker" {
        image = "ghcr.io/example-org/signup-api"
        tag   = gitrefpretty()
      }
    }
  }

  deploy {
    use "nomad-jobspec" {
      jobspec = templatefile("${path.app}/deploy/signup-api.nomad.tpl")
    }
  }

  config {
    env = {
      CLOUDFLARE_ZONE_ID   = "{{hex32}}"
      CLOUDFLARE_API_TOKEN = dynamic("vault", {
        path = "kv/data/signup-api/cloudflare"
        key  = "/data/api_token"
      })
      TURNSTILE_SECRET_KEY = dynamic("vault", {
        path = "kv/data/signup-api/turnstile"
        key  = "/data/secret_key"
      })
    }
  }
}
