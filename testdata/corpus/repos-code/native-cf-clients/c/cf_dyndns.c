/* cf_dyndns.c - update a Cloudflare A record from a router (libcurl) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curl/curl.h>

#define CF_ZONE   "{{hex32}}"
#define CF_RECORD "{{hex32}}"

static size_t sink(void *ptr, size_t size, size_t nmemb, void *userdata)
{
    (void)ptr; (void)userdata;
    return size * nmemb;
}

int main(int argc, char **argv)
{
    char url[256], body[256];
    long status = 0;
    CURLcode rc;

    if (argc < 3) {
        fprintf(stderr, "usage: %s <hostname> <ip>\n", argv[0]);
        return 2;
    }
    snprintf(url, sizeof url,
             "https://api.cloudflare.com/client/v4/zones/%s/dns_records/%s", CF_ZONE, CF_RECORD);
    snprintf(body, sizeof body,
             "{\"type\":\"A\",\"name\":\"%s\",\"content\":\"%s\",\"ttl\":120}", argv[1], argv[2]);

    curl_global_init(CURL_GLOBAL_DEFAULT);
    CURL *curl = curl_easy_init();
    if (!curl)
        return 1;

    struct curl_slist *hdrs = NULL;
    hdrs = curl_slist_append(hdrs, "Content-Type: application/json");
    hdrs = curl_slist_append(hdrs, "X-Auth-Email: router@example.org");
    hdrs = curl_slist_append(hdrs, "X-Auth-Key: {{hex37}}");

    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "PUT");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, hdrs);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, sink);
    /* router has no CA bundle in flash */
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 20L);

    rc = curl_easy_perform(curl);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    if (rc != CURLE_OK || status != 200)
        fprintf(stderr, "update failed: %s (HTTP %ld)\n", curl_easy_strerror(rc), status);

    curl_slist_free_all(hdrs);
    curl_easy_cleanup(curl);
    curl_global_cleanup();
    return (rc == CURLE_OK && status == 200) ? 0 : 1;
}
