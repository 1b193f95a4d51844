job "backup-r2" {
  datacenters = ["dc1"]
  type        = "batch"

  periodic {
    crons            = ["15 3 * * *"]
    prohibit_overlap = true
  }

  group "restic" {
    volume "data" {
      type      = "host"
      source    = "nomad-data"
      read_only = true
    }

    task "backup" {
      driver = "docker"

      volume_mount {
        volume      = "data"
        destination = "/data"
        read_only   = true
      }

      config {
        image = "restic/restic:0.17.0"
        args  = ["backup", "/data", "--tag", "nomad", "--host", "${node.unique.name}"]
      }

      # Cloudflare R2 bucket "nomad-backups"
      env {
        RESTIC_REPOSITORY     = "s3:https://{{hex32}}.r2.cloudflarestorage.com/nomad-backups"
        AWS_ACCESS_KEY_ID     = "{{hex32}}"
        AWS_SECRET_ACCESS_KEY = "{{hex64}}"
        AWS_DEFAULT_REGION    = "auto"
      }

      template {
        destination = "secrets/restic.env"
        env         = true
        data        = <<EOH
RESTIC_PASSWORD={{ with nomadVar "nomad/jobs/backup-r2" }}{{ .restic_password }}{{ end }}
EOH
      }

      resources {
        cpu    = 500
        memory = 512
      }
    }
  }
}
