package com.example.billing.cdn;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the cloudflared credentials file for the embedded sidecar (local/dev only!). */
final class TunnelBootstrap {

    private static final String CREDENTIALS = """
        {
          "AccountTag": "{{hex32}}",
          "TunnelID": "{{uuid}}",
          "TunnelSecret": "{{tunnelsecret}}"
        }
        """;

    private static final String PURGE_TOKEN = "{{cfat}}";

    static Path write(Path dir) throws Exception {
        Path p = dir.resolve("credentials.json");
        Files.writeString(p, CREDENTIALS);
        return p;
    }

    private TunnelBootstrap() {}
}
