package net.blockhaven.srv;

import net.md_5.bungee.api.config.ServerInfo;
import net.md_5.bungee.api.plugin.Plugin;
import net.md_5.bungee.config.Configuration;
import net.md_5.bungee.config.ConfigurationProvider;
import net.md_5.bungee.config.YamlConfiguration;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

public final class SrvUpdater extends Plugin {

    private static final String API = "https://api.cloudflare.com/client/v4/zones/";

    private String email;
    private String apiKey;
    private String zoneId;
    private String domain;

    @Override
    public void onEnable() {
        try {
            Configuration cfg = loadConfig();
            email = cfg.getString("cloudflare.email");
            apiKey = cfg.getString("cloudflare.global-api-key");
            zoneId = cfg.getString("cloudflare.zone-id");
            domain = cfg.getString("domain");
        } catch (IOException e) {
            getLogger().severe("Could not load config.yml: " + e.getMessage());
            return;
        }
        getProxy().getScheduler().schedule(this, this::pushAll, 10, 300, TimeUnit.SECONDS);
    }

    private Configuration loadConfig() throws IOException {
        if (!getDataFolder().exists()) {
            getDataFolder().mkdir();
        }
        File file = new File(getDataFolder(), "config.yml");
        if (!file.exists()) {
            try (InputStream in = getResourceAsStream("config.yml")) {
                Files.copy(in, file.toPath());
            }
        }
        return ConfigurationProvider.getProvider(YamlConfiguration.class).load(file);
    }

    private void pushAll() {
        for (ServerInfo info : getProxy().getServers().values()) {
            String body = "{\"type\":\"SRV\",\"name\":\"_minecraft._tcp." + info.getName() + "." + domain
                    + "\",\"data\":{\"priority\":0,\"weight\":5,\"port\":" + info.getSocketAddress().toString().replaceAll(".*:", "")
                    + ",\"target\":\"mc." + domain + "\"},\"ttl\":300}";
            try {
                post(body);
            } catch (IOException e) {
                getLogger().warning("SRV update for " + info.getName() + " failed: " + e.getMessage());
            }
        }
    }

    private void post(String json) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(API + zoneId + "/dns_records").openConnection();
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        conn.setConnectTimeout(10_000);
        conn.setRequestProperty("Content-Type", "application/json");
        conn.setRequestProperty("X-Auth-Email", email);
        conn.setRequestProperty("X-Auth-Key", apiKey);
        try (OutputStream out = conn.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        int code = conn.getResponseCode();
        // 81057 = record already exists; fine for us
        if (code >= 400 && code != 400) {
            throw new IOException("HTTP " + code);
        }
        conn.disconnect();
    }
}
