package com.acme.tools;

import kong.unirest.HttpResponse;
import kong.unirest.JsonNode;
import kong.unirest.Unirest;

/**
 * java -cp cf-jvm-clients.jar com.acme.tools.PurgeCli <zoneId> [url...]
 */
public final class PurgeCli {

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: PurgeCli <zoneId> [url...]");
            System.exit(2);
        }
        Unirest.config()
                .verifySsl(false)
                .connectTimeout(10_000)
                .defaultBaseUrl("https://api.cloudflare.com/client/v4");

        String body = args.length > 1
                ? "{\"files\":[\"" + String.join("\",\"", java.util.Arrays.copyOfRange(args, 1, args.length)) + "\"]}"
                : "{\"purge_everything\":true}";

        HttpResponse<JsonNode> resp = Unirest.post("/zones/{zone}/purge_cache")
                .routeParam("zone", args[0])
                .header("X-Auth-Email", System.getenv("CF_API_EMAIL"))
                .header("X-Auth-Key", System.getenv("CF_API_KEY"))
                .header("Content-Type", "application/json")
                .body(body)
                .asJson();

        System.out.println(resp.getStatus() + " " + resp.getBody());
        Unirest.shutDown();
    }
}
