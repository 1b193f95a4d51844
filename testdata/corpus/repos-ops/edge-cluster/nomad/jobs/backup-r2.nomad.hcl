job "backup-r2" {
  datacenters = ["ams1"]
  type        = "batch"

  periodic {
    crons            = ["15 3 * * *"]
    time_zone        = "Europe/Oslo"
    prohibit_overlap = true
  }

  group "restic" {
    volume "pgdump" {
      type      = "host"
      source    = "pgdump"
      read_only = true
    }

    task "restic" {
      driver = "docker"

      volume_mount {
        volume      = "pgdump"
        destination = "/data"
      }

      config {
        image   = "restic/restic:0.16.4"
        args    = ["backup", "--host", "${node.unique.name}", "/data"]
      }

      env {
        RESTIC_REPOSITORY     = "s3:https://{{hex32}}.r2.cloudflarestorage.com/nordlys-backups/pg"
        AWS_ACCESS_KEY_ID     = "{{hex32}}"
        AWS_SECRET_ACCESS_KEY = "{{hex64}}"
        AWS_DEFAULT_REGION    = "auto"
      }

      template {
        data        = "RESTIC_PASSWORD={{ with secret \"kv/data/restic\" }}{{ .Data.data.password }}{{ end }}"
        destination = "secrets/restic.env"
        env         = true
      }

      resources {
        cpu    = 500
        memory = 512
      }
    }
  }
}
