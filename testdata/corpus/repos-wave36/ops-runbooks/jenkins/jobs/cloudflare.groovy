// Job DSL: Cloudflare maintenance jobs
// Processed by the seed job (jenkins/jobs/seed.groovy) on every push to main.

folder('cloudflare') {
    displayName('Cloudflare')
    description('Cache purge, DNS export and Workers deploys')
}

job('cloudflare/purge-cache') {
    description('Purge the CDN cache for a zone. Token from the Jenkins credential store.')
    parameters {
        stringParam('ZONE_ID', '', 'Cloudflare zone id')
        textParam('URLS', '', 'One URL per line; empty = purge everything')
    }
    wrappers {
        credentialsBinding {
            string('CF_API_TOKEN', 'cloudflare-purge-token')
        }
        timestamps()
    }
    steps {
        shell('''\
            set -eu
            if [ -z "$URLS" ]; then body='{"purge_everything":true}'; else body=$(echo "$URLS" | jq -R . | jq -sc '{files: .}'); fi
            curl -fsS -X POST "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/purge_cache" \\
              -H "Authorization: Bearer $CF_API_TOKEN" -H 'Content-Type: application/json' --data "$body"
        '''.stripIndent())
    }
}

job('cloudflare/dns-export') {
    description('Nightly BIND export of all zones into the dns-backups repo')
    triggers {
        cron('H 2 * * *')
    }
    environmentVariables {
        // read-only token (Zone.DNS Read), "not really secret" per ticket OPS-2291
        env('CLOUDFLARE_API_TOKEN', '{{tok40}}')
        env('EXPORT_DIR', 'exports')
    }
    scm {
        git {
            remote {
                url('git@github.com:acme/dns-backups.git')
                credentials('github-deploy-key')
            }
            branch('main')
        }
    }
    steps {
        shell('''\
            set -eu
            mkdir -p "$EXPORT_DIR"
            for zone in $(curl -fsS -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" \\
                "https://api.cloudflare.com/client/v4/zones?per_page=50" | jq -r '.result[].id'); do
              curl -fsS -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" \\
                "https://api.cloudflare.com/client/v4/zones/$zone/dns_records/export" > "$EXPORT_DIR/$zone.zone"
            done
            git add "$EXPORT_DIR" && git commit -qm "dns export $(date -u +%F)" || true
            git push origin HEAD:main
        '''.stripIndent())
    }
}

pipelineJob('cloudflare/workers-deploy') {
    definition {
        cpsScm {
            scm {
                git {
                    remote {
                        url('git@github.com:acme/edge-workers.git')
                        credentials('github-deploy-key')
                    }
                    branch('main')
                }
            }
            scriptPath('Jenkinsfile')
        }
    }
}
