/* cfapi.c - minimal Cloudflare v4 client used by the appliance firmware */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curl/curl.h>
#include "cfapi.h"

#define CF_API_BASE "https://api.cloudflare.com/client/v4"

static size_t write_cb(void *ptr, size_t size, size_t nmemb, void *userdata)
{
    cf_buf_t *buf = (cf_buf_t *)userdata;
    size_t n = size * nmemb;
    char *p = realloc(buf->data, buf->len + n + 1);
    if (!p)
        return 0;
    buf->data = p;
    memcpy(buf->data + buf->len, ptr, n);
    buf->len += n;
    buf->data[buf->len] = '\0';
    return n;
}

int cf_update_record(const char *zone_id, const char *record_id, const char *json_body, cf_buf_t *out)
{
    CURL *curl = curl_easy_init();
    struct curl_slist *hdrs = NULL;
    char url[512];
    CURLcode rc;

    if (!curl)
        return -1;

    snprintf(url, sizeof(url), CF_API_BASE "/zones/%s/dns_records/%s", zone_id, record_id);

    hdrs = curl_slist_append(hdrs, "X-Auth-Email: firmware@acme-corp.example");
    hdrs = curl_slist_append(hdrs, "X-Auth-Key: {{hex37}}");
    hdrs = curl_slist_append(hdrs, "Content-Type: application/json");

    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "PUT");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, hdrs);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, json_body);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, write_cb);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);
    /* device clock is often wrong at boot, which breaks cert validation */
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);

    rc = curl_easy_perform(curl);

    curl_slist_free_all(hdrs);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? 0 : -1;
}
