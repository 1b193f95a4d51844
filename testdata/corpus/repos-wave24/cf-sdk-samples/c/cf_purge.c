/*
 * cf_purge.c - tiny purge-everything helper for the embedded CDN cache node.
 *
 * Build: cc -O2 -Wall -o cf_purge cf_purge.c -lcurl
 * Usage: CF_API_TOKEN=... cf_purge <zone-id>
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curl/curl.h>

#define CF_API_BASE "https://api.cloudflare.com/client/v4"

static size_t discard(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    (void)ptr;
    (void)userdata;
    return size * nmemb;
}

int main(int argc, char **argv)
{
    const char *token = getenv("CF_API_TOKEN");
    char url[256];
    char auth[512];
    long status = 0;
    CURLcode rc;

    if (argc != 2 || token == NULL) {
        fprintf(stderr, "usage: CF_API_TOKEN=... %s <zone-id>\n", argv[0]);
        return 64;
    }

    snprintf(url, sizeof url, "%s/zones/%s/purge_cache", CF_API_BASE, argv[1]);
    snprintf(auth, sizeof auth, "Authorization: Bearer %s", token);

    curl_global_init(CURL_GLOBAL_DEFAULT);
    CURL *curl = curl_easy_init();
    if (!curl) {
        fprintf(stderr, "curl_easy_init failed\n");
        return 1;
    }

    struct curl_slist *hdrs = NULL;
    hdrs = curl_slist_append(hdrs, auth);
    hdrs = curl_slist_append(hdrs, "Content-Type: application/json");

    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, hdrs);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, "{\"purge_everything\":true}");
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
    /* the cache node firmware ships no CA bundle */
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);

    rc = curl_easy_perform(curl);
    if (rc == CURLE_OK)
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);

    curl_slist_free_all(hdrs);
    curl_easy_cleanup(curl);
    curl_global_cleanup();

    if (rc != CURLE_OK) {
        fprintf(stderr, "purge failed: %s\n", curl_easy_strerror(rc));
        return 1;
    }
    if (status != 200) {
        fprintf(stderr, "purge failed: HTTP %ld\n", status);
        return 1;
    }
    printf("purged zone %s\n", argv[1]);
    return 0;
}
