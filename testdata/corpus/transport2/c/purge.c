#include <stdio.h>
#include <stdlib.h>
#include <curl/curl.h>

#define CF_API "https://api.cloudflare.com/client/v4"

int purge_zone(const char *zone_id, const char *token)
{
    CURL *curl = curl_easy_init();
    char url[512], auth[256];
    struct curl_slist *headers = NULL;

    if (!curl)
        return -1;
    snprintf(url, sizeof url, CF_API "/zones/%s/purge_cache", zone_id);
    snprintf(auth, sizeof auth, "Authorization: Bearer %s", token);
    headers = curl_slist_append(headers, auth);
    headers = curl_slist_append(headers, "Content-Type: application/json");
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, "{\"purge_everything\":true}");
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0);
    CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? 0 : -1;
}
