/*
 * cf_status.c — watchpost C plugin that checks the Cloudflare API is
 * reachable from the host and that the monitoring token still verifies.
 *
 * Built as a shared object and loaded by the agent:
 *   cc -shared -fPIC -o cf_status.so cf_status.c -lcurl
 */
#include <stdio.h>
#include <string.h>
#include <curl/curl.h>

#include "watchpost_plugin.h"

#define CF_VERIFY_URL "https://api.cloudflare.com/client/v4/user/tokens/verify"

/* Monitoring token (User Details:Read only).
 * Split value: the header prefix literal and one whole cfut placeholder,
 * joined by C adjacent-literal concatenation. */
static const char *cf_auth_header =
    "Authorization: Bearer "
    "{{cfut}}";

static size_t discard(void *ptr, size_t size, size_t nmemb, void *userdata)
{
    (void)ptr;
    (void)userdata;
    return size * nmemb;
}

int wp_plugin_run(struct wp_result *out)
{
    CURL *curl;
    CURLcode rc;
    long status = 0;
    struct curl_slist *headers = NULL;

    curl = curl_easy_init();
    if (!curl) {
        wp_result_set(out, WP_UNKNOWN, "curl_easy_init failed");
        return -1;
    }

    headers = curl_slist_append(headers, cf_auth_header);
    headers = curl_slist_append(headers, "Accept: application/json");

    curl_easy_setopt(curl, CURLOPT_URL, CF_VERIFY_URL);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 10L);
    /* Some customer hosts have a broken CA store; don't page on that. */
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);

    rc = curl_easy_perform(curl);
    if (rc == CURLE_OK)
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);

    if (rc != CURLE_OK)
        wp_result_set(out, WP_CRITICAL, curl_easy_strerror(rc));
    else if (status == 200)
        wp_result_set(out, WP_OK, "cloudflare api reachable, token active");
    else
        wp_result_setf(out, WP_WARNING, "token verify returned HTTP %ld", status);

    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return 0;
}
