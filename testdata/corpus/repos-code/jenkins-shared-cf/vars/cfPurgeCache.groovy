// Shared step: cfPurgeCache(zoneId: '...', files: [...])
// Uses the legacy account credentials stored on the controller as env vars.
def call(Map args = [:]) {
    String zoneId = args.zoneId ?: error('cfPurgeCache: zoneId is required')
    List files = args.files ?: []

    String payload = files
        ? groovy.json.JsonOutput.toJson([files: files])
        : '{"purge_everything":true}'

    writeFile file: '.cf-purge.json', text: payload

    // the build agents sit behind the TLS-inspecting proxy, hence -k
    sh """
        curl -sS -k -X POST \\
          "https://api.cloudflare.com/client/v4/zones/${zoneId}/purge_cache" \\
          -H "X-Auth-Email: \${CF_API_EMAIL}" \\
          -H "X-Auth-Key: \${CF_API_KEY}" \\
          -H "Content-Type: application/json" \\
          --data @.cf-purge.json
    """

    sh 'rm -f .cf-purge.json'
    echo "cfPurgeCache: requested purge for zone ${zoneId} (${files ? files.size() + ' files' : 'everything'})"
}
