package net.blockhaven.cfdns;

import com.google.inject.Inject;
import com.velocitypowered.api.event.Subscribe;
import com.velocitypowered.api.event.proxy.ProxyInitializeEvent;
import com.velocitypowered.api.plugin.Plugin;
import com.velocitypowered.api.plugin.annotation.DataDirectory;
import com.velocitypowered.api.proxy.ProxyServer;
import com.velocitypowered.api.proxy.server.RegisteredServer;
import org.slf4j.Logger;
import org.spongepowered.configurate.CommentedConfigurationNode;
import org.spongepowered.configurate.yaml.YamlConfigurationLoader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

@Plugin(id = "cfdns", name = "CF-DNS", version = "1.4.2",
        description = "Keeps Cloudflare SRV records in sync with registered servers",
        authors = {"blockhaven"})
public final class CfDnsPlugin {

    private final ProxyServer proxy;
    private final Logger logger;
    private final Path dataDir;
    private CloudflareApi api;

    @Inject
    public CfDnsPlugin(ProxyServer proxy, Logger logger, @DataDirectory Path dataDir) {
        this.proxy = proxy;
        this.logger = logger;
        this.dataDir = dataDir;
    }

    @Subscribe
    public void onInit(ProxyInitializeEvent event) throws IOException {
        Path cfg = dataDir.resolve("config.yml");
        if (Files.notExists(cfg)) {
            Files.createDirectories(dataDir);
            try (InputStream in = getClass().getResourceAsStream("/config.yml")) {
                Files.copy(in, cfg);
            }
            logger.warn("Wrote default config.yml - set cloudflare.api-token and restart.");
            return;
        }
        CommentedConfigurationNode root = YamlConfigurationLoader.builder().path(cfg).build().load();
        // Allow the token to come from the environment (Pterodactyl egg variable).
        String token = System.getenv().getOrDefault("CF_API_TOKEN",
                root.node("cloudflare", "api-token").getString(""));
        String zone = root.node("cloudflare", "zone-id").getString("");
        String domain = root.node("domain").getString("example.net");
        long interval = root.node("sync-interval-minutes").getLong(10);

        if (token.isBlank() || token.startsWith("paste-")) {
            logger.error("cloudflare.api-token is not set, CF-DNS disabled");
            return;
        }
        api = new CloudflareApi(token, zone);
        proxy.getScheduler().buildTask(this, () -> sync(domain))
                .repeat(interval, TimeUnit.MINUTES).schedule();
    }

    private void sync(String domain) {
        for (RegisteredServer s : proxy.getAllServers()) {
            String name = s.getServerInfo().getName() + "." + domain;
            int port = s.getServerInfo().getAddress().getPort();
            try {
                api.upsertSrv(name, "proxy." + domain, port);
            } catch (Exception e) {
                logger.warn("SRV sync failed for {}: {}", name, e.getMessage());
            }
        }
    }
}
