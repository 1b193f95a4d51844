/**
 * Node-RED settings for the homelab container.
 *
 * Mounted at /data/settings.js. Anything secret is passed in through the
 * container environment (see ../docker-compose.yml), never written here.
 */
module.exports = {
    flowFile: 'flows.json',
    flowFilePretty: true,

    // Encrypts flows_cred.json. NOTE: the repo copy of flows_cred.json was
    // exported while this was still `false` - rotate anything in it.
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,

    uiPort: process.env.PORT || 1880,

    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            // bcrypt hash generated with `node-red admin hash-pw`
            password: "$2b$08$wuAqPiKJlVN27eF5qJp.RuQYuy6ZYONW7a/UWYxDTtwKFCdB8F19y",
            permissions: "*"
        }]
    },

    https: null,
    requireHttps: false,

    logging: {
        console: {
            level: "info",
            metrics: false,
            audit: false
        }
    },

    exportGlobalContextKeys: false,

    functionExternalModules: true,
    functionGlobalContext: {
        // exposes the Cloudflare zone id (not a secret) to function nodes
        cfZoneId: process.env.CF_ZONE_ID
    },

    // Only the router uses a self-signed certificate; that is handled by a
    // per-node tls-config, so global TLS verification stays on.
    httpRequestTimeout: 30000,

    editorTheme: {
        projects: {
            enabled: false
        },
        palette: {
            catalogues: ['https://catalogue.nodered.org/catalogue.json']
        }
    }
}
