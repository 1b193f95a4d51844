/*
 * local_health.c — polls the health endpoint of the game/app server running
 * on the same host. The local server uses a self-signed cert generated at
 * install time, so peer verification is disabled for this loopback request
 * only. Nothing here leaves the machine.
 */
#include <stdio.h>
#include <stdlib.h>
#include <curl/curl.h>

#include "watchpost_plugin.h"

#define LOCAL_HEALTH_URL "https://127.0.0.1:8443/healthz"

static size_t discard(void *ptr, size_t size, size_t nmemb, void *userdata)
{
    (void)ptr;
    (void)userdata;
    return size * nmemb;
}

int wp_plugin_run(struct wp_result *out)
{
    const char *url = getenv("WATCHPOST_LOCAL_HEALTH_URL");
    CURL *curl = curl_easy_init();
    CURLcode rc;
    long status = 0;

    if (!url)
        url = LOCAL_HEALTH_URL;
    if (!curl) {
        wp_result_set(out, WP_UNKNOWN, "curl_easy_init failed");
        return -1;
    }

    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 3L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);

    rc = curl_easy_perform(curl);
    if (rc == CURLE_OK)
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);

    if (rc != CURLE_OK)
        wp_result_set(out, WP_CRITICAL, curl_easy_strerror(rc));
    else if (status >= 200 && status < 300)
        wp_result_set(out, WP_OK, "local health ok");
    else
        wp_result_setf(out, WP_CRITICAL, "local health HTTP %ld", status);

    curl_easy_cleanup(curl);
    return 0;
}
